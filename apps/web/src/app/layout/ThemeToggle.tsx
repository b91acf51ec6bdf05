import type { ReactNode } from 'react';
import { MonitorIcon, MoonIcon, SunIcon } from '../../ui/icons.js';
import type { ThemePreference } from '../theme/themePreference.js';
import { useThemePreference } from '../theme/useThemePreference.js';
import './ThemeToggle.css';

const OPTIONS: { value: ThemePreference; label: string; icon: ReactNode }[] = [
  { value: 'system', label: 'Match system theme', icon: <MonitorIcon size={15} /> },
  { value: 'light', label: 'Light theme', icon: <SunIcon size={15} /> },
  { value: 'dark', label: 'Dark theme', icon: <MoonIcon size={15} /> },
];

export function ThemeToggle() {
  const [preference, setPreference] = useThemePreference();
  return (
    <div className="theme-toggle" role="group" aria-label="Theme" data-testid="theme-toggle">
      {OPTIONS.map((option) => (
        <button
          key={option.value}
          type="button"
          className="theme-toggle__option"
          aria-pressed={preference === option.value}
          aria-label={option.label}
          title={option.label}
          onClick={() => setPreference(option.value)}
        >
          {option.icon}
        </button>
      ))}
    </div>
  );
}
