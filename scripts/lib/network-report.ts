// `node scripts/lib/network-report.ts TRACE_LOG --allow-host NAME... --allow-address IP... --resolver IP...`
// Prints which names the traced processes looked up and which addresses they connected to, and exits
// 1 if any is outside what is allowed (loopback always is; port 53 on a resolver is DNS itself).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isAllowedName, isLoopback, summarizeTrace } from './connect-trace.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'allow-host': { type: 'string', multiple: true, default: [] },
    'allow-address': { type: 'string', multiple: true, default: [] },
    resolver: { type: 'string', multiple: true, default: [] },
  },
});
const [logFile] = positionals;
if (!logFile) throw new Error('usage: network-report.ts TRACE_LOG [--allow-host NAME] [--allow-address IP]');

const allowedHosts = new Set([...values['allow-host'], 'localhost'].map((host) => host.toLowerCase()));
const allowedAddresses = new Set(values['allow-address']);
const resolvers = new Set(values.resolver);
const { lookups, destinations } = summarizeTrace(readFileSync(logFile, 'utf8'));

const names = [...lookups].sort(([a], [b]) => a.localeCompare(b));
console.log(
  `network: DNS names looked up: ${names.map(([name, n]) => `${name} (${n})`).join(', ') || 'none'}`,
);
const remote = destinations.filter((d) => !isLoopback(d.address));
const dns = (d: { address: string; port: number }) => d.port === 53 && resolvers.has(d.address);
console.log(
  `network: connections: ${remote.map((d) => `${d.address}:${d.port} (${d.count}${dns(d) ? ', DNS' : ''})`).join(', ') || 'none'}` +
    ` (+ ${destinations.length - remote.length} loopback)`,
);

const strangeNames = names.map(([name]) => name).filter((name) => !isAllowedName(name, allowedHosts));
const strangeAddresses = remote.filter((d) => !dns(d) && !allowedAddresses.has(d.address));
if (strangeNames.length > 0 || strangeAddresses.length > 0) {
  console.log(
    `network: FAILED: outside the package registries: ${[
      ...strangeNames,
      ...strangeAddresses.map((d) => `${d.address}:${d.port}`),
    ].join(', ')}`,
  );
  process.exit(1);
}
console.log('network: ok: every name looked up is allowed, every connection went to an allowed address');
