// A crashed leader is replaced; after `restart` it comes back as a streaming replica.
import { afterAll, describe, expect, it } from 'vitest';
import { waitFor } from '../src/exec.js';
import { patroniCluster } from '../src/probes.js';
import { hostAddress, lab, labStatus, query, readWrite, waitHealthy } from './helpers.js';

describe('leader crash', () => {
  afterAll(async () => {
    await lab('up');
  });

  it('elects a new leader writable through lb:5000, and the old one rejoins as a replica', async () => {
    await waitHealthy();
    const status = await labStatus();
    const oldLeader = status.leader!;
    await query(
      status,
      readWrite(status),
      'create table if not exists lab_failover (id serial primary key, at timestamptz default now())',
    );

    const crashedAt = Date.now();
    await lab('crash', oldLeader);
    expect((await labStatus()).hosts.find((host) => host.name === oldLeader)?.state).toBe('crashed');

    const newLeaderAddress = await waitFor(
      'a new leader writable through lb:5000',
      async () => {
        const [row] = await query<{ address: string }>(
          status,
          readWrite(status),
          'insert into lab_failover default values returning host(inet_server_addr()) as address',
        );
        return row?.address;
      },
      { timeoutMs: 60_000, intervalMs: 250 },
    );
    console.info(`write gap after crashing ${oldLeader}: ${((Date.now() - crashedAt) / 1000).toFixed(1)} s`);
    expect(newLeaderAddress).not.toBe(hostAddress(status, oldLeader));

    await lab('restart', oldLeader);
    await waitFor(
      `${oldLeader} streaming again`,
      async () => {
        const member = (await patroniCluster())?.find((candidate) => candidate.name === oldLeader);
        return member && ['streaming', 'running'].includes(member.state) && member.role !== 'leader'
          ? member
          : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    const [replication] = await query<{ state: string }>(
      status,
      readWrite(status),
      'select state from pg_stat_replication where client_addr = $1',
      [hostAddress(status, oldLeader)],
    );
    expect(replication?.state).toBe('streaming');
    await waitHealthy();
  });
});
