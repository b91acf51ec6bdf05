// Reads an `strace -f -xx -s 512 -e trace=connect,sendto,sendmsg,sendmmsg` log and says which hosts
// the traced processes tried to reach: the names they looked up in DNS (read from the queries they
// sent) and the addresses they connected to. scripts/check-fresh-machine.sh uses it to show that an
// install reaches only the package registries. Plain TypeScript that Node.js runs as it is.

export interface Destination {
  address: string;
  port: number;
  count: number;
}

export interface TraceSummary {
  /** Names asked of DNS, lower case, with how often. */
  lookups: Map<string, number>;
  /** Internet-family connect() calls (AF_UNIX ones are local and left out). */
  destinations: Destination[];
}

/** The bytes of one strace string literal (without its quotes): -xx hex, and C escapes. */
export function decodeStraceString(literal: string): Buffer {
  const bytes: number[] = [];
  const simple: Record<string, number> = { n: 10, t: 9, r: 13, v: 11, f: 12, '"': 34, '\\': 92 };
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i]!;
    if (char !== '\\') {
      bytes.push(...Buffer.from(char, 'utf8'));
      continue;
    }
    const next = literal[i + 1] ?? '';
    if (next === 'x') {
      bytes.push(Number.parseInt(literal.slice(i + 2, i + 4), 16));
      i += 3;
    } else if (/[0-7]/.test(next)) {
      const octal = /^[0-7]{1,3}/.exec(literal.slice(i + 1))![0];
      bytes.push(Number.parseInt(octal, 8));
      i += octal.length;
    } else {
      bytes.push(simple[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes);
}

/** The name asked by a standard one-question DNS query, or undefined if the bytes are not one. */
export function dnsQueryName(packet: Buffer): string | undefined {
  if (packet.length < 17) return undefined;
  const isQuery = (packet[2]! & 0xf8) === 0; // QR = 0, opcode = 0 (a standard query)
  const oneQuestion = packet.readUInt16BE(4) === 1 && packet.readUInt16BE(6) === 0;
  if (!isQuery || !oneQuestion) return undefined;
  const labels: string[] = [];
  let offset = 12;
  while (offset < packet.length) {
    const length = packet[offset]!;
    if (length === 0) break;
    if (length > 63) return undefined;
    const label = packet.subarray(offset + 1, offset + 1 + length).toString('latin1');
    if (!/^[A-Za-z0-9_-]+$/.test(label)) return undefined;
    labels.push(label);
    offset += 1 + length;
  }
  // The terminating zero, QTYPE and QCLASS (IN) must follow the name.
  if (labels.length === 0 || offset + 5 > packet.length || packet.readUInt16BE(offset + 3) !== 1) {
    return undefined;
  }
  return labels.join('.').toLowerCase();
}

/** A query sent over UDP as it is, or over TCP behind a two-byte length. */
function queryNameIn(data: Buffer): string | undefined {
  return dnsQueryName(data) ?? (data.length > 2 ? dnsQueryName(data.subarray(2)) : undefined);
}

const INET = /sa_family=AF_INET, sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]*)"\)/;
const INET6 = /sa_family=AF_INET6, sin6_port=htons\((\d+)\),.*?inet_pton\(AF_INET6, "([^"]*)"/;
const SENDS = /^\d+ +(?:sendto|sendmsg|sendmmsg)\(/;
const STRING_LITERAL = /"((?:[^"\\]|\\.)*)"/g;

export function summarizeTrace(log: string): TraceSummary {
  const lookups = new Map<string, number>();
  const destinations = new Map<string, Destination>();
  for (const line of log.split('\n')) {
    const inet = INET.exec(line) ?? INET6.exec(line);
    if (line.includes(' connect(') && inet) {
      const address = decodeStraceString(inet[2]!).toString('latin1');
      const port = Number(inet[1]);
      const key = `${address}|${port}`;
      const known = destinations.get(key) ?? { address, port, count: 0 };
      known.count += 1;
      destinations.set(key, known);
    } else if (SENDS.test(line)) {
      for (const [, literal] of line.matchAll(STRING_LITERAL)) {
        const name = queryNameIn(decodeStraceString(literal!));
        if (name) lookups.set(name, (lookups.get(name) ?? 0) + 1);
      }
    }
  }
  return { lookups, destinations: [...destinations.values()] };
}

export function isLoopback(address: string): boolean {
  return address.startsWith('127.') || address === '::1' || address === '::ffff:127.0.0.1';
}

/**
 * Whether a looked-up name is one of the allowed hosts, or a service record of one (apt asks for
 * `_http._tcp.HOST` before it connects to HOST).
 */
export function isAllowedName(name: string, allowedHosts: ReadonlySet<string>): boolean {
  const service = /^_[a-z0-9-]+\._(?:tcp|udp)\.(.+)$/.exec(name);
  return allowedHosts.has(name) || (service !== null && allowedHosts.has(service[1]!));
}
