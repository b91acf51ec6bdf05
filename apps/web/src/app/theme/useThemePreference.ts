import { useSyncExternalStore } from 'react';
import { getThemePreference, setThemePreference, subscribeThemePreference } from './themePreference.js';

export function useThemePreference() {
  const preference = useSyncExternalStore(subscribeThemePreference, getThemePreference);
  return [preference, setThemePreference] as const;
}
