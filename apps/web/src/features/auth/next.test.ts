import { describe, expect, it } from 'vitest';
import { safeNext } from './next.js';

describe('safeNext', () => {
  it('returns to a page of this app', () => {
    expect(safeNext('/clusters/abc?tab=1')).toBe('/clusters/abc?tab=1');
  });

  it('never leaves for another site', () => {
    for (const next of ['https://evil.example', '//evil.example', '/\\evil.example', 'clusters', null]) {
      expect(safeNext(next)).toBe('/clusters');
    }
  });
});
