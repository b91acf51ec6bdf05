const UNITS = [
  { suffix: 'd', seconds: 86_400 },
  { suffix: 'h', seconds: 3_600 },
  { suffix: 'm', seconds: 60 },
  { suffix: 's', seconds: 1 },
] as const;

/** "3d 4h", "4h 12m", "12m 5s", "42s": the two largest units are enough to read uptime at a glance. */
export function formatDuration(totalSeconds: number): string {
  if (!Number.isFinite(totalSeconds) || totalSeconds < 1) return '0s';
  let remaining = Math.floor(totalSeconds);
  const parts: string[] = [];
  for (const unit of UNITS) {
    const amount = Math.floor(remaining / unit.seconds);
    remaining -= amount * unit.seconds;
    if (amount > 0 || parts.length > 0) parts.push(`${amount}${unit.suffix}`);
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
