/** Nearest-rank percentile (p in 0..100) of a non-empty list; the list is not modified. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) throw new Error('percentile of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

export const median = (values: number[]): number => percentile(values, 50);
export const worst = (values: number[]): number => Math.max(...values);

/** Milliseconds for people: whole numbers above 10 ms, one decimal below. */
export function ms(value: number): string {
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ms`;
}
