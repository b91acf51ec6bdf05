import type { ReactNode } from 'react';
import './Badge.css';

export type Tone = 'neutral' | 'ok' | 'warn' | 'critical' | 'info' | 'leader';

interface BadgeProps {
  tone?: Tone;
  /** A coloured dot before the text, for states rather than labels. */
  dot?: boolean;
  /** Outlined in its own colour, for the one thing in a row that must stand out. */
  strong?: boolean;
  /** 'pill' for states, 'tag' for labels such as roles, so the two don't read alike. */
  shape?: 'pill' | 'tag';
  children: ReactNode;
  title?: string;
  /** Hooks for tests and styling, e.g. data-health. */
  [dataAttribute: `data-${string}`]: string | undefined;
}

export function Badge({
  tone = 'neutral',
  dot = false,
  strong = false,
  shape = 'pill',
  children,
  ...rest
}: BadgeProps) {
  const className = ['badge', `badge--${tone}`, `badge--${shape}`, strong && 'badge--strong']
    .filter(Boolean)
    .join(' ');
  return (
    <span className={className} {...rest}>
      {dot && <span className="badge__dot" aria-hidden="true" />}
      {children}
    </span>
  );
}
