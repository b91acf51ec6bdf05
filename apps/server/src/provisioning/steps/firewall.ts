import { command, type ShellCommand } from '../../ssh/quote.js';
import type { FirewallKind } from './facts.js';

/** One opening: a TCP port from one source (a cluster host /32 or a trusted subnet). */
export interface Opening {
  port: number;
  source: string;
}

/** For one rule: how to ask whether it is there, and how to add it. */
export interface FirewallRule {
  opening: Opening;
  query: ShellCommand | null;
  add: ShellCommand;
}

export interface FirewallPlan {
  kind: FirewallKind;
  rules: FirewallRule[];
  /** Run once after adding rules (firewalld's permanent rules take effect on reload). */
  after: ShellCommand[];
  /** Why Keel leaves this firewall alone (a raw nft ruleset: Keel does not edit other people's tables). */
  notManaged: string | null;
}

const family = (source: string) => (source.includes(':') ? 'ipv6' : 'ipv4');

export function firewallPlan(kind: FirewallKind, openings: Opening[]): FirewallPlan {
  switch (kind) {
    case 'none':
      return { kind, rules: [], after: [], notManaged: null };
    case 'ufw':
      // `ufw allow` says "Skipping adding existing rule" for one that is there: it is its own query.
      return {
        kind,
        rules: openings.map((o) => ({
          opening: o,
          query: null,
          add: command('ufw', 'allow', 'proto', 'tcp', 'from', o.source, 'to', 'any', 'port', o.port),
        })),
        after: [],
        notManaged: null,
      };
    case 'firewalld': {
      const rule = (o: Opening) =>
        `rule family="${family(o.source)}" source address="${o.source}" port port="${o.port}" protocol="tcp" accept`;
      return {
        kind,
        rules: openings.map((o) => ({
          opening: o,
          query: command('firewall-cmd', '--permanent', `--query-rich-rule=${rule(o)}`),
          add: command('firewall-cmd', '--permanent', `--add-rich-rule=${rule(o)}`),
        })),
        after: [command('firewall-cmd', '--reload')],
        notManaged: null,
      };
    }
    case 'nft':
      return {
        kind,
        rules: [],
        after: [],
        notManaged: `an nft ruleset with an input hook is active; Keel does not edit raw nft tables: allow TCP ${[
          ...new Set(openings.map((o) => o.port)),
        ].join(', ')} from ${[...new Set(openings.map((o) => o.source))].join(', ')}`,
      };
  }
}
