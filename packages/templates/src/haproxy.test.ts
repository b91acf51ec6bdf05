import { describe, expect, it } from 'vitest';
import { renderHaproxyConfig, type HaproxyConfigValues } from './index.js';
import { haproxyValues } from './fixtures.test-helpers.js';

/** The lines of one `listen NAME` section, trimmed. */
function section(config: string, name: string): string[] {
  const lines = config.split('\n');
  const start = lines.findIndex((line) => line.trim() === `listen ${name}`);
  if (start < 0) throw new Error(`no listen ${name}`);
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() !== '' && !line.startsWith(' ')) break;
    if (line.trim() !== '') body.push(line.trim());
  }
  return body;
}

describe('renderHaproxyConfig', () => {
  const config = renderHaproxyConfig(haproxyValues());

  it('routes :5000 to the primary with Patroni health checks', () => {
    const primary = section(config, 'primary');
    expect(primary).toContain('bind *:5000');
    expect(primary).toContain('option httpchk GET /primary');
    expect(primary).toContain('http-check expect status 200');
    expect(primary.join('\n')).toMatch(
      /default-server inter 1s fall 2 rise 2 fastinter 250ms downinter 250ms on-marked-down shutdown-sessions/,
    );
  });

  it('balances :5500 round robin over the replicas', () => {
    const replicas = section(config, 'replicas');
    expect(replicas).toContain('bind *:5500');
    expect(replicas).toContain('option httpchk GET /replica');
    expect(replicas).toContain('balance roundrobin');
    expect(replicas).toContain('http-check expect status 200');
  });

  it('lists every server in both listeners, checked on the Patroni port', () => {
    for (const name of ['primary', 'replicas']) {
      const servers = section(config, name).filter((line) => line.startsWith('server '));
      expect(servers).toEqual([
        'server pg1 10.231.0.11:5432 maxconn 100 check port 8008',
        'server pg2 10.231.0.12:5432 maxconn 100 check port 8008',
        'server pg3 10.231.0.13:5432 maxconn 100 check port 8008',
      ]);
    }
  });

  it('has a stats page and an admin stats socket', () => {
    const stats = section(config, 'stats');
    expect(stats).toEqual(expect.arrayContaining(['bind *:7000', 'stats enable', 'stats uri /']));
    expect(config).toContain('stats socket /run/haproxy/admin.sock mode 660 level admin');
  });

  it('throws when a value is missing', () => {
    const values: Partial<HaproxyConfigValues> = haproxyValues();
    delete values.check;
    expect(() => renderHaproxyConfig(values as HaproxyConfigValues)).toThrow(
      /haproxy\.cfg\.hbs: "inter" not defined/,
    );
  });
});
