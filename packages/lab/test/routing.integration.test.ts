// Writes go to the leader through lb:5000 and reach both replicas; lb:5500 is read-only.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { waitFor } from '../src/exec.js';
import {
  hostAddress,
  labStatus,
  query,
  readOnly,
  readWrite,
  waitHealthy,
  type RunningLab,
} from './helpers.js';

describe('lab routing', () => {
  let status: RunningLab;

  beforeAll(async () => {
    await waitHealthy();
    status = await labStatus();
    await query(
      status,
      readWrite(status),
      'create table if not exists lab_routing (note text primary key, at timestamptz default now())',
    );
  });

  it('writes through lb:5000 on the leader, and both replicas receive the row', async () => {
    const note = randomUUID();
    const [row] = await query<{ recovery: boolean; address: string }>(
      status,
      readWrite(status),
      'insert into lab_routing (note) values ($1) returning pg_is_in_recovery() as recovery, host(inet_server_addr()) as address',
      [note],
    );
    expect(row?.recovery).toBe(false);
    expect(row?.address).toBe(hostAddress(status, status.leader!));

    const replicas = status.hosts.filter((host) => host.role === 'db' && host.name !== status.leader);
    expect(replicas).toHaveLength(2);
    for (const replica of replicas) {
      const target = { host: replica.address, port: replica.postgresPort! };
      const [state] = await query<{ recovery: boolean }>(
        status,
        target,
        'select pg_is_in_recovery() as recovery',
      );
      expect(state?.recovery, `${replica.name} is a replica`).toBe(true);
      await waitFor(
        `the row on ${replica.name}`,
        async () =>
          (await query(status, target, 'select 1 from lab_routing where note = $1', [note])).length
            ? true
            : undefined,
        { timeoutMs: 10_000, intervalMs: 100 },
      );
    }
  });

  it('answers read-only through lb:5500', async () => {
    const [row] = await query<{ recovery: boolean }>(
      status,
      readOnly(status),
      'select pg_is_in_recovery() as recovery',
    );
    expect(row?.recovery).toBe(true);
    await expect(
      query(status, readOnly(status), 'insert into lab_routing (note) values ($1)', [randomUUID()]),
    ).rejects.toThrow(/read-only transaction/);
  });

  it('round-robins lb:5500 over both replicas', async () => {
    const seen = new Set<string>();
    for (let attempt = 0; attempt < 6; attempt++) {
      const [row] = await query<{ address: string }>(
        status,
        readOnly(status),
        'select host(inet_server_addr()) as address',
      );
      seen.add(row!.address);
    }
    expect(seen.size).toBe(2);
    expect(seen.has(hostAddress(status, status.leader!))).toBe(false);
  });
});
