import { describe, expect, it } from 'vitest';
import { parseSubnet } from './subnet.js';

describe('trusted subnets', () => {
  it('accepts IPv4 and IPv6 ranges and single addresses', () => {
    expect(parseSubnet('10.0.0.0/24')).toEqual({
      cidr: '10.0.0.0/24',
      family: 4,
      prefix: 24,
      anyAddress: false,
    });
    expect(parseSubnet('10.0.0.7/32')).toMatchObject({ prefix: 32 });
    expect(parseSubnet('fd00:1::/64')).toEqual({
      cidr: 'fd00:1::/64',
      family: 6,
      prefix: 64,
      anyAddress: false,
    });
    expect(parseSubnet('::/0')).toMatchObject({ anyAddress: true, family: 6 });
    expect(parseSubnet('0.0.0.0/0')).toMatchObject({ anyAddress: true, family: 4 });
  });

  it('says what was meant when host bits are set', () => {
    expect(parseSubnet('192.168.1.77/16')).toBe(
      '"192.168.1.77/16" has host bits set: did you mean 192.168.0.0/16?',
    );
    expect(parseSubnet('fd00:1::5/64')).toBe('"fd00:1::5/64" has host bits set: did you mean fd00:1::/64?');
  });

  it('refuses what is not a range', () => {
    expect(parseSubnet('pg1/24')).toBe('"pg1/24": pg1 is not an IP address');
    expect(parseSubnet('10.0.0.0/24/8')).toBe('"10.0.0.0/24/8" is not a CIDR range (like 10.0.0.0/24)');
    expect(parseSubnet('fe80::1%eth0/64')).toBe('"fe80::1%eth0/64": zone indexes are not allowed in pg_hba');
    expect(parseSubnet('fd00::/129')).toBe('"fd00::/129": the prefix length must be 0 to 128');
    expect(parseSubnet('10.0.0.0/x')).toBe('"10.0.0.0/x": the prefix length must be 0 to 32');
  });
});
