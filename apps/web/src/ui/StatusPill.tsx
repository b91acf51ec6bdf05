import { Badge, type Tone } from './Badge.js';

export type Health = 'healthy' | 'degraded' | 'critical' | 'unknown';

const HEALTH: Record<Health, { tone: Tone; label: string }> = {
  healthy: { tone: 'ok', label: 'Healthy' },
  degraded: { tone: 'warn', label: 'Degraded' },
  critical: { tone: 'critical', label: 'Critical' },
  unknown: { tone: 'neutral', label: 'Unknown' },
};

interface StatusPillProps {
  health: Health;
  /** Replaces the default word, e.g. "Unavailable" for a dependency; the colour still follows `health`. */
  label?: string;
  title?: string;
}

/** Health always shows as a word as well as a colour, so it reads without colour vision. */
export function StatusPill({ health, label, title }: StatusPillProps) {
  const { tone, label: defaultLabel } = HEALTH[health];
  return (
    <Badge tone={tone} dot title={title} data-health={health}>
      {label ?? defaultLabel}
    </Badge>
  );
}
