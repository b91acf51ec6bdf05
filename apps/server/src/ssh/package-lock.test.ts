import { describe, expect, it } from 'vitest';
import { packageLockHolder } from './package-lock.js';

describe('a held package lock', () => {
  it('names the holder apt reports', () => {
    expect(
      packageLockHolder(
        'E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 4711 (unattended-upgr)\nE: Unable to acquire the dpkg frontend lock (/var/lib/dpkg/lock-frontend), is another process using it?',
      ),
    ).toEqual({ lock: '/var/lib/dpkg/lock-frontend', pid: 4711, process: 'unattended-upgr' });
    expect(packageLockHolder('E: Could not get lock /var/lib/apt/lists/lock.')).toEqual({
      lock: '/var/lib/apt/lists/lock',
      pid: null,
      process: null,
    });
    expect(packageLockHolder('E: Unable to locate package keel-none')).toBeNull();
  });
});
