import { describe, expect, it } from 'vitest';
import { localChecks } from './localChecks.js';
import { lab, noLeader } from './testClusters.js';

describe('localChecks', () => {
  it('refuses a failover while a healthy leader exists unless forced', () => {
    const plain = localChecks({ kind: 'failover', candidate: 'pg2', force: false }, lab);
    expect(plain.every((c) => c.ok)).toBe(false);
    expect(localChecks({ kind: 'failover', candidate: 'pg2', force: true }, lab).every((c) => c.ok)).toBe(
      true,
    );
    expect(
      localChecks({ kind: 'failover', candidate: 'pg2', force: false }, noLeader).every((c) => c.ok),
    ).toBe(true);
  });

  it('refuses to reinitialize the leader', () => {
    expect(localChecks({ kind: 'reinitialize', member: 'pg1' }, lab).find((c) => !c.ok)?.name).toBe(
      'Member is a replica',
    );
  });
});
