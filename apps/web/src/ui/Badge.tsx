import type { ReactNode } from 'react';
import './Badge.css';

export type Tone = 'neutral' | 'ok' | 'warn' | 'critical' | 'info' | 'leader';

interface BadgeProps {
  tone?: Tone;
  /** A coloured dot before the text, for states rather than labels. */
  dot?: boolean;
  /** Filled variant for the one thing on screen that must stand out. */
  strong?: boolean;
  children: ReactNode;
  title?: string;
  /** Hooks for tests and styling, e.g. data-health. */
  [dataAttribute: `data-${string}`]: string | undefined;
}

export function Badge({ tone = 'neutral', dot = false, strong = false, children, ...rest }: BadgeProps) {
  const className = ['badge', `badge--${tone}`, strong && 'badge--strong'].filter(Boolean).join(' ');
  return (
    <span className={className} {...rest}>
      {dot && <span className="badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
