// A lab's subnet and name: what KEEL_LAB_SUBNET and KEEL_LAB_NAME accept and what they give.
import { describe, expect, it } from 'vitest';
import { addressIn, cidrOf, labSettings, overlaps, parseLabName, parseSubnet } from './settings.js';

describe('lab settings', () => {
  it('defaults to 10.231.0.0/24 and the name keel', () => {
    const settings = labSettings({});
    expect(cidrOf(settings.subnet)).toBe('10.231.0.0/24');
    expect(addressIn(settings.subnet, 10)).toBe('10.231.0.10');
    expect(settings.name).toBe('keel');
  });

  it('places addresses in another subnet', () => {
    const subnet = parseSubnet('172.30.16.0/20');
    expect(addressIn(subnet, 1)).toBe('172.30.16.1');
    expect(addressIn(subnet, 13)).toBe('172.30.16.13');
    expect(addressIn(parseSubnet('10.232.7.240/28'), 13)).toBe('10.232.7.253');
  });

  it('refuses what is not a network the hosts fit in, saying what it expects', () => {
    expect(() => parseSubnet('10.231.0.0')).toThrow(/expected an IPv4 network from \/16 to \/28/);
    expect(() => parseSubnet('10.231.0.0/29')).toThrow(/KEEL_LAB_SUBNET=10.231.0.0\/29/);
    expect(() => parseSubnet('10.231.300.0/24')).toThrow(/expected an IPv4 network/);
    expect(() => parseSubnet('10.231.0.5/24')).toThrow(/10.231.0.0\/24 is/);
  });

  it('takes short lower-case names only (link names have at most 15 characters)', () => {
    expect(parseLabName('kfresh')).toBe('kfresh');
    expect(() => parseLabName('toolongname')).toThrow(/KEEL_LAB_NAME=toolongname: expected 1-8/);
    expect(() => parseLabName('Keel')).toThrow(/lower-case/);
    expect(() => labSettings({ KEEL_LAB_NAME: 'a-b' })).toThrow(/KEEL_LAB_NAME/);
  });
});

describe('overlapping networks', () => {
  it('sees a network inside another, or the same one, and tells neighbours apart', () => {
    const lab = parseSubnet('10.231.0.0/24');
    expect(overlaps(lab, parseSubnet('10.231.0.0/24'))).toBe(true);
    expect(overlaps(lab, parseSubnet('10.231.0.0/16'))).toBe(true);
    expect(overlaps(parseSubnet('10.231.0.16/28'), lab)).toBe(true);
    expect(overlaps(lab, parseSubnet('10.232.0.0/24'))).toBe(false);
  });
});
