import { isIP } from 'node:net';

/**
 * KEEL_TRUST_PROXY: the addresses or CIDR ranges of reverse proxies in front of Keel, comma or space
 * separated. Only requests arriving from one of them have their X-Forwarded-For / X-Forwarded-Proto /
 * X-Forwarded-Host honoured (Fastify's `trustProxy` list); from anywhere else they are ignored, so a
 * client cannot choose its own address for the login limiter and the audit log, nor claim https.
 * Returns the problem with an entry, or the list.
 */
export function parseTrustedProxies(raw: string): { list: string[] } | { invalid: string } {
  const list = raw.split(/[\s,]+/).filter((entry) => entry !== '');
  for (const entry of list) if (!validEntry(entry)) return { invalid: entry };
  return { list };
}

function validEntry(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}
