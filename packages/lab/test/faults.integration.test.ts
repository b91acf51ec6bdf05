// The fault commands report their effect in `status`, and undo cleanly.
import { afterAll, describe, expect, it } from 'vitest';
import { lab, labStatus, waitHealthy } from './helpers.js';

async function stateOf(name: string): Promise<string | undefined> {
  return (await labStatus()).hosts.find((host) => host.name === name)?.state;
}

describe('fault commands', () => {
  afterAll(async () => {
    await lab('up');
  });

  it('freezes and thaws a replica', async () => {
    const status = await labStatus();
    const replica = status.hosts.find((host) => host.role === 'db' && host.name !== status.leader)!.name;
    await lab('freeze', replica);
    expect(await stateOf(replica)).toBe('frozen');
    await lab('thaw', replica);
    expect(await stateOf(replica)).toBe('running');
    await waitHealthy();
  });

  it('partitions and heals a replica', async () => {
    const status = await labStatus();
    const replica = status.hosts.find((host) => host.role === 'db' && host.name !== status.leader)!.name;
    await lab('partition', replica);
    expect(await stateOf(replica)).toBe('partitioned');
    // Cut off: its Patroni API does not answer from the machine.
    const host = status.hosts.find((candidate) => candidate.name === replica)!;
    await expect(fetch(`${host.patroniUrl}/health`, { signal: AbortSignal.timeout(1000) })).rejects.toThrow();
    await lab('heal', replica);
    expect(await stateOf(replica)).toBe('running');
    await waitHealthy();
  });

  it('rejects an unknown host with a clear message', async () => {
    await expect(lab('crash', 'pg9')).rejects.toThrow(/unknown NODE "pg9"/);
  });
});
