import { describe, expect, it } from 'vitest';
import { connectionStrings } from './connectionStrings.js';
import { clusterDetail, member } from './testData.js';

describe('connectionStrings', () => {
  const cluster = clusterDetail({
    haproxyEndpoints: {
      readWrite: '10.231.0.10:5000',
      readOnly: '10.231.0.10:5500',
      statsUrl: null,
      statsUsername: null,
    },
  });

  it("gives HAProxy's read-write and read-only ports and the member itself", () => {
    const pg2 = member('pg2', { host: '10.231.0.12', port: 5432 });
    expect(connectionStrings(cluster, pg2)).toEqual([
      {
        label: 'Read-write, through HAProxy (the leader)',
        uri: 'postgresql://10.231.0.10:5000/postgres?target_session_attrs=read-write',
      },
      { label: 'Read-only, through HAProxy (the replicas)', uri: 'postgresql://10.231.0.10:5500/postgres' },
      { label: 'pg2 directly', uri: 'postgresql://10.231.0.12:5432/postgres' },
    ]);
  });

  it('brackets an IPv6 host and leaves out what the cluster does not have', () => {
    const bare = clusterDetail({
      haproxyEndpoints: { readWrite: null, readOnly: null, statsUrl: null, statsUsername: null },
    });
    expect(connectionStrings(bare, member('pg1', { host: 'fd00::11', port: 5433 }))).toEqual([
      { label: 'pg1 directly', uri: 'postgresql://[fd00::11]:5433/postgres' },
    ]);
  });

  it('never carries a user or a password', () => {
    for (const { uri } of connectionStrings(cluster, member('pg1', { host: 'h', port: 1 })))
      expect(uri).not.toMatch(/@/);
  });
});
