import type { MemberState } from '@keel/shared';

interface Sample {
  at: string;
  lagBytes: number | null;
}

/** Replication lag per member over the last minutes, for the dashboard's small charts. Bounded memory. */
export class LagHistory {
  private readonly samples = new Map<string, Sample[]>();

  constructor(private readonly keepMs = 10 * 60_000) {}

  record(members: MemberState[], at: Date): void {
    const cutoff = at.getTime() - this.keepMs;
    for (const m of members) {
      const series = this.samples.get(m.name) ?? [];
      series.push({ at: at.toISOString(), lagBytes: m.reachable ? m.lagBytes : null });
      while (series.length > 0 && Date.parse(series[0]!.at) < cutoff) series.shift();
      this.samples.set(m.name, series);
    }
  }

  toJSON(): Record<string, Sample[]> {
    return Object.fromEntries(this.samples);
  }
}
