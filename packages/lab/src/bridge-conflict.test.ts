// The lab refuses a bridge name or subnet that another link on the machine already uses.
import { describe, expect, it } from 'vitest';
import { bridgeConflict, ipv4Addresses } from './bridge-conflict.js';

// The shape of `ip -o -4 addr show` on a machine whose default lab is up.
const machine = [
  '1: lo    inet 127.0.0.1/8 scope host lo\\       valid_lft forever preferred_lft forever',
  '2: eth0    inet 192.0.2.2/24 brd 192.0.2.255 scope global eth0\\       valid_lft forever preferred_lft forever',
  '7: keel-lab0    inet 10.231.0.1/24 scope global keel-lab0\\       valid_lft forever preferred_lft forever',
].join('\n');

const bridge = (name: string, cidr: string, address: string) => ({
  name,
  cidr,
  address,
  prefix: Number(cidr.split('/')[1]),
});

describe('bridge conflicts', () => {
  it('reads links and addresses', () => {
    expect(ipv4Addresses(machine)).toEqual([
      { link: 'lo', address: '127.0.0.1/8' },
      { link: 'eth0', address: '192.0.2.2/24' },
      { link: 'keel-lab0', address: '10.231.0.1/24' },
    ]);
  });

  it('lets a lab find its own bridge as it left it, and a second lab take another name and subnet', () => {
    expect(bridgeConflict(bridge('keel-lab0', '10.231.0.0/24', '10.231.0.1'), machine)).toBeUndefined();
    expect(bridgeConflict(bridge('kfresh-lab0', '10.232.0.0/24', '10.232.0.1'), machine)).toBeUndefined();
  });

  it('refuses a subnet that another link already has', () => {
    expect(bridgeConflict(bridge('kfresh-lab0', '10.231.0.0/24', '10.231.0.1'), machine)).toMatch(
      /10.231.0.0\/24 \(KEEL_LAB_SUBNET\) overlaps 10.231.0.1\/24 on keel-lab0/,
    );
    expect(bridgeConflict(bridge('kfresh-lab0', '192.0.2.0/28', '192.0.2.1'), machine)).toMatch(/on eth0/);
  });

  it('refuses a name whose bridge has another address', () => {
    expect(bridgeConflict(bridge('keel-lab0', '10.232.0.0/24', '10.232.0.1'), machine)).toMatch(
      /keel-lab0 already has 10.231.0.1\/24.*another KEEL_LAB_NAME/,
    );
  });
});
