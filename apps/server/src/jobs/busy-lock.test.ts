import { describe, expect, it } from 'vitest';
import { BusyLock } from './busy-lock.js';
import { describeLockKey, lockKeys } from './target.js';

describe('the busy-lock, keyed by target', () => {
  it("keeps one job per cluster, and other clusters' jobs apart", () => {
    const lock = new BusyLock();
    const a = lockKeys({ kind: 'cluster', clusterId: 'a' });
    expect(lock.take(a)).toBeUndefined();
    lock.assign(a, 'job-1');
    expect(lock.take(a)).toEqual({ key: 'cluster:a', jobId: 'job-1' });
    expect(lock.take(lockKeys({ kind: 'cluster', clusterId: 'b' }))).toBeUndefined();
    lock.release(a);
    expect(lock.take(a)).toBeUndefined();
  });

  it('lets jobs on host sets conflict only where they share a host, whatever its case', () => {
    const lock = new BusyLock();
    expect(lock.take(lockKeys({ kind: 'hosts', hosts: ['db1', 'db2'] }))).toBeUndefined();
    expect(lock.take(lockKeys({ kind: 'hosts', hosts: ['db3'] }))).toBeUndefined();
    const clash = lock.take(lockKeys({ kind: 'hosts', hosts: ['db4', 'DB2'] }));
    expect(clash).toEqual({ key: 'host:db2', jobId: null });
    expect(describeLockKey(clash!.key)).toBe('Host db2');
    // All or nothing: the refused request took no key, so db4 is still free.
    expect(lock.take(lockKeys({ kind: 'hosts', hosts: ['db4'] }))).toBeUndefined();
  });

  it('holds the name of a cluster being provisioned', () => {
    const lock = new BusyLock();
    expect(lock.take(lockKeys({ kind: 'new-cluster', name: 'Sales' }))).toBeUndefined();
    const clash = lock.take(lockKeys({ kind: 'new-cluster', name: 'sales' }));
    expect(describeLockKey(clash!.key)).toBe('The new cluster sales');
    expect(describeLockKey('cluster:x')).toBe('The cluster');
  });
});
