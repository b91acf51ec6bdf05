import { describe, expect, it } from 'vitest';
import { proposeParameters, sizeParameters, type HostResources } from './plan-sizing.js';

const GiB = 1024 ** 3;
const host = (name: string, memoryGiB: number, extra: Partial<HostResources> = {}): HostResources => ({
  name,
  memoryBytes: memoryGiB * GiB,
  cpus: 4,
  dataDiskBytes: 100 * GiB,
  rotational: false,
  ...extra,
});

describe('PostgreSQL parameters sized from host facts', () => {
  it('sizes memory settings for a 16 GiB host with 100 connections, each with its reason', () => {
    const p = sizeParameters(host('pg1', 16), 100);
    expect(p.shared_buffers).toEqual({ value: '4096MB', source: 'sized', reason: '25% of 16 GiB memory' });
    expect(p.effective_cache_size?.value).toBe('12288MB');
    expect(p.effective_cache_size?.reason).toMatch(/^75% of 16 GiB/);
    expect(p.maintenance_work_mem?.value).toBe('1024MB');
    // (16 GiB - 4 GiB) / (100 × 2) = 61.44 MiB
    expect(p.work_mem?.value).toBe('61MB');
    expect(p.work_mem?.reason).toMatch(/100 connections × 2 operations/);
    expect(p.max_wal_size?.value).toBe('10240MB');
    expect(p.min_wal_size?.value).toBe('2560MB');
    expect(p.wal_keep_size?.value).toBe('5120MB');
    expect(p.checkpoint_timeout?.value).toBe('15min');
    expect(p.random_page_cost?.value).toBe('1.1');
    expect(p.max_parallel_workers_per_gather?.value).toBe('2');
  });

  it('keeps small and large hosts within sensible bounds', () => {
    const small = sizeParameters(host('tiny', 0.25, { dataDiskBytes: null, cpus: 1, rotational: true }), 500);
    expect(small.shared_buffers?.value).toBe('128MB');
    expect(small.shared_buffers?.reason).toMatch(/at least 128 MB/);
    expect(small.work_mem?.value).toBe('4MB');
    expect(small.maintenance_work_mem?.value).toBe('64MB');
    expect(small.max_wal_size?.value).toBe('4096MB');
    expect(small.max_wal_size?.reason).toMatch(/the disk size is not known yet/);
    expect(small.random_page_cost?.value).toBe('4');
    expect(small.max_worker_processes?.value).toBe('8');
    const big = sizeParameters(host('big', 512, { dataDiskBytes: 4096 * GiB, cpus: 64 }), 100);
    expect(big.shared_buffers?.value).toBe('32768MB');
    expect(big.shared_buffers?.reason).toMatch(/capped at 32 GB/);
    expect(big.maintenance_work_mem?.value).toBe('2048MB');
    expect(big.work_mem?.value).toBe('256MB');
    expect(big.max_wal_size?.value).toBe('16384MB');
    expect(big.wal_keep_size?.value).toBe('8192MB');
  });

  it('sizes the cluster for its smallest host and lets the plan override, showing what was proposed', () => {
    const { basis, parameters } = proposeParameters([host('pg1', 16), host('pg2', 8), host('pg3', 16)], 100, {
      shared_buffers: '1GB',
      jit: 'off',
    });
    expect(basis).toBe('sized for the smallest host, pg2 (8 GiB): any member may become the primary');
    expect(parameters.effective_cache_size?.value).toBe('6144MB');
    expect(parameters.shared_buffers).toEqual({
      value: '1GB',
      source: 'override',
      reason: 'set in the plan (proposed: 2048MB, 25% of 8 GiB memory)',
    });
    expect(parameters.jit).toEqual({ value: 'off', source: 'override', reason: 'set in the plan' });
    expect(proposeParameters([host('a', 4), host('b', 4)], 100).basis).toBe('every host has 4 GiB');
  });
});
