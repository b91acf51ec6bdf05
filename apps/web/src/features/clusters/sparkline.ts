import type { LagHistory } from '@keel/shared';
import { LAG_WINDOW_MS } from './liveCache.js';

export type LagSample = LagHistory['members'][string][number];

export const SPARKLINE = { width: 120, height: 22, inset: 2 } as const;
const { width: WIDTH, height: HEIGHT, inset: INSET } = SPARKLINE;

/** Polyline runs between gaps (unknown lag); x follows time over the window that ends at the newest sample. */
export function sparklinePaths(samples: readonly LagSample[], windowMs = LAG_WINDOW_MS) {
  const last = samples.at(-1);
  if (last === undefined) return { runs: [] as string[], max: 0 };
  const end = Date.parse(last.at);
  const start = end - windowMs;
  const visible = samples.filter((s) => Date.parse(s.at) >= start);
  const max = Math.max(0, ...visible.map((s) => s.lagBytes ?? 0));
  const x = (at: string) => ((Date.parse(at) - start) / windowMs) * WIDTH;
  const y = (lag: number) => HEIGHT - INSET - (max === 0 ? 0 : (lag / max) * (HEIGHT - 2 * INSET));
  const runs: string[] = [];
  let run: string[] = [];
  for (const sample of visible) {
    if (sample.lagBytes === null) {
      if (run.length > 0) runs.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(`${x(sample.at).toFixed(1)},${y(sample.lagBytes).toFixed(1)}`);
  }
  if (run.length > 0) runs.push(run.join(' '));
  return { runs, max };
}
