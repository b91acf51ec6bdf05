import { isIP } from 'node:net';

/** A client range for pg_hba, checked: its address family, and whether it admits every address. */
export interface Subnet {
  cidr: string;
  family: 4 | 6;
  prefix: number;
  anyAddress: boolean;
}

/** The address as a number, for checking host bits (IPv6 with `::` expanded). */
function toBigInt(address: string, family: 4 | 6): bigint {
  if (family === 4) return address.split('.').reduce((n, part) => (n << 8n) + BigInt(Number(part)), 0n);
  const [head, tail] = address.includes('::') ? address.split('::') : [address, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((n, g) => (n << 16n) + BigInt(parseInt(g || '0', 16)), 0n);
}

/**
 * `10.0.0.0/24` → a Subnet, or the reason it is not one a person would mean: no prefix, a prefix out of
 * range, or host bits set (`10.0.0.5/24`: PostgreSQL would accept it and match 10.0.0.0/24, which is
 * rarely what was meant, so Keel asks).
 */
export function parseSubnet(text: string): Subnet | string {
  const [address, prefixText, extra] = text.trim().split('/');
  if (extra !== undefined || !address) return `"${text}" is not a CIDR range (like 10.0.0.0/24)`;
  if (address.includes('%')) return `"${text}": zone indexes are not allowed in pg_hba`;
  const family = isIP(address);
  if (family === 0) return `"${text}": ${address} is not an IP address`;
  if (prefixText === undefined)
    return `"${text}" has no prefix length: write ${address}/${family === 4 ? 32 : 128} for one address`;
  const max = family === 4 ? 32 : 128;
  const prefix = /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (!(prefix >= 0 && prefix <= max)) return `"${text}": the prefix length must be 0 to ${max}`;
  const bits = BigInt(max - prefix);
  const value = toBigInt(address, family as 4 | 6);
  const network = (value >> bits) << bits;
  if (network !== value) {
    const networkText =
      family === 4
        ? [24n, 16n, 8n, 0n].map((s) => String((network >> s) & 255n)).join('.')
        : [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n]
            .map((s) => ((network >> s) & 0xffffn).toString(16))
            .join(':')
            .replace(/(^|:)0(:0)+(:|$)/, '::');
    return `"${text}" has host bits set: did you mean ${networkText}/${prefix}?`;
  }
  return { cidr: `${address}/${prefix}`, family: family as 4 | 6, prefix, anyAddress: prefix === 0 };
}
