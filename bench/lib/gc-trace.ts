import { median, worst } from './stats.js';

/** One full (mark-compact) collection as Node's `--trace-gc` reports it. */
interface MajorGc {
  heapBeforeMb: number;
  heapAfterMb: number;
  pauseMs: number;
}

const majorGcLine = /Mark-Compact(?: \(reduce\))? ([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB, ([\d.]+) /;

/**
 * A summary of the full collections in a `--trace-gc` log (run the scale benchmark with
 * BENCH_KEEL_NODE_ARGS=--trace-gc), or null when the log has none.
 */
export function summarizeMajorGcs(log: string, seconds: number): string | null {
  const gcs: MajorGc[] = [];
  for (const line of log.split('\n')) {
    const m = majorGcLine.exec(line);
    if (m) gcs.push({ heapBeforeMb: Number(m[1]), heapAfterMb: Number(m[2]), pauseMs: Number(m[3]) });
  }
  if (gcs.length === 0) return null;
  const after = gcs.map((g) => g.heapAfterMb);
  const pauses = gcs.map((g) => g.pauseMs);
  return (
    `${gcs.length} full GCs in ${seconds.toFixed(0)} s (one per ${(seconds / gcs.length).toFixed(0)} s); ` +
    `heap ${median(gcs.map((g) => g.heapBeforeMb)).toFixed(0)} MB before, live heap after ` +
    `${after[0]!.toFixed(0)} -> ${after[after.length - 1]!.toFixed(0)} MB; ` +
    `pause median ${median(pauses).toFixed(0)} ms, worst ${worst(pauses).toFixed(0)} ms`
  );
}
