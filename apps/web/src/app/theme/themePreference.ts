export type ThemePreference = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'keel.theme';
const listeners = new Set<() => void>();

function isPreference(value: unknown): value is ThemePreference {
  return value === 'system' || value === 'light' || value === 'dark';
}

function read(): ThemePreference {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isPreference(stored) ? stored : 'system';
  } catch {
    // Storage can be blocked (privacy settings); the OS preference is a fine fallback.
    return 'system';
  }
}

let current: ThemePreference = read();

/** 'system' leaves no attribute, so tokens.css follows prefers-color-scheme by itself. */
export function applyTheme(preference: ThemePreference = current): void {
  const root = document.documentElement;
  if (preference === 'system') delete root.dataset.theme;
  else root.dataset.theme = preference;
}

export function getThemePreference(): ThemePreference {
  return current;
}

export function setThemePreference(preference: ThemePreference): void {
  current = preference;
  try {
    if (preference === 'system') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, preference);
  } catch {
    // Not persisted, but still applied for this tab.
  }
  applyTheme(preference);
  listeners.forEach((notify) => notify());
}

/** For useSyncExternalStore; also follows changes made in other tabs. */
export function subscribeThemePreference(onChange: () => void): () => void {
  listeners.add(onChange);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    current = read();
    applyTheme(current);
    onChange();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener('storage', onStorage);
  };
}
