import { describe, expect, it } from 'vitest';
import { sparklinePaths } from './sparkline.js';

const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, seconds)).toISOString();

describe('sparklinePaths', () => {
  it('scales to the largest lag and ends at the right edge', () => {
    const { runs, max } = sparklinePaths(
      [
        { at: at(0), lagBytes: 0 },
        { at: at(30), lagBytes: 1000 },
        { at: at(60), lagBytes: 500 },
      ],
      60_000,
    );
    expect(max).toBe(1000);
    expect(runs).toEqual(['0.0,20.0 60.0,2.0 120.0,11.0']);
  });

  it('breaks the line where the lag is unknown', () => {
    const { runs } = sparklinePaths(
      [
        { at: at(0), lagBytes: 0 },
        { at: at(20), lagBytes: 0 },
        { at: at(40), lagBytes: null },
        { at: at(60), lagBytes: 0 },
      ],
      60_000,
    );
    expect(runs).toHaveLength(2);
  });

  it('draws a flat line on the floor when there is no lag, and nothing without samples', () => {
    expect(sparklinePaths([{ at: at(0), lagBytes: 0 }], 60_000).runs).toEqual(['120.0,20.0']);
    expect(sparklinePaths([], 60_000).runs).toEqual([]);
  });
});
