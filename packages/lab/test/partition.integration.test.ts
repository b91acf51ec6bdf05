// With synchronous mode on, partitioning the leader under a steady writer loses no
// acknowledged write: the old leader is demoted and rewound when it returns.
import { afterAll, describe, expect, it } from 'vitest';
import { sleep, waitFor } from '../src/exec.js';
import { patroniCluster, LEADER_ROLES } from '../src/probes.js';
import { lab, labStatus, patroniConfig, readWrite, waitHealthy } from './helpers.js';
import { AckedWriter } from '../src/acked-writer.js';

describe('leader partition in synchronous mode', () => {
  let partitioned: string | undefined;

  afterAll(async () => {
    const status = await labStatus();
    if (partitioned) await lab('heal', partitioned);
    await patroniConfig(status, { synchronous_mode: false });
    await lab('up');
  });

  it('loses no acknowledged write', { timeout: 240_000 }, async () => {
    await waitHealthy();
    const status = await labStatus();
    const oldLeader = status.leader!;

    await patroniConfig(status, { synchronous_mode: true });
    await waitFor(
      'a synchronous standby',
      async () =>
        (await patroniCluster())?.some((member) => member.role === 'sync_standby') ? true : undefined,
      { timeoutMs: 30_000, intervalMs: 250 },
    );

    const { host, port } = readWrite(status);
    const { username: user, password } = status.credentials.superuser;
    const writer = new AckedWriter(
      { host, port, user, password, database: 'postgres' },
      'lab_partition_acks',
    );
    await writer.start();
    try {
      await waitFor(
        'first acknowledged writes',
        () => Promise.resolve(writer.acked.length >= 20 ? true : undefined),
        {
          timeoutMs: 20_000,
        },
      );

      await lab('partition', oldLeader);
      const partitionedAt = Date.now();
      partitioned = oldLeader;
      const ackedBefore = writer.acked.length;
      const newLeader = await waitFor(
        'a new leader',
        async () => {
          const leader = (await patroniCluster())?.find((member) => LEADER_ROLES.has(member.role));
          return leader && leader.name !== oldLeader ? leader.name : undefined;
        },
        { timeoutMs: 90_000, intervalMs: 500 },
      );
      await waitFor(
        'writes on the new leader',
        () => Promise.resolve(writer.acked.length >= ackedBefore + 20 ? true : undefined),
        {
          timeoutMs: 30_000,
        },
      );
      console.info(
        `partitioned ${oldLeader}; new leader ${newLeader} taking writes after ${((Date.now() - partitionedAt) / 1000).toFixed(1)} s`,
      );

      await lab('heal', oldLeader);
      partitioned = undefined;
      await waitHealthy(120_000);
      await sleep(1000);
    } finally {
      await writer.stop();
    }

    const missing = await writer.missing();
    console.info(
      `acknowledged ${writer.acked.length} writes (${writer.failures} failed attempts); missing ${missing.length}`,
    );
    expect(writer.acked.length).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});
