// The lab's values render through the shared templates into configs that carry the lab's
// topology and timings (no lab needed: pure rendering).
import { describe, expect, it } from 'vitest';
import { renderEtcdConfig, renderHaproxyConfig, renderPatroniConfig } from '@keel/templates';
import type { LabCredentials } from './credentials.js';
import { etcdValues, haproxyValues, patroniValues } from './render.js';
import { PATRONI_TIMINGS } from './timings.js';
import { DB_HOSTS, hostSpec } from './topology.js';

// Addresses come from the topology (KEEL_LAB_SUBNET may move them), never written out here.
const address = (name: 'pg1' | 'pg2' | 'pg3') => hostSpec(name).address;

const credentials: LabCredentials = {
  superuser: { username: 'postgres', password: 'a' },
  replication: { username: 'replicator', password: 'b' },
  rewind: { username: 'rewind_user', password: 'c' },
};

describe('lab rendering', () => {
  it('gives each db host its own Patroni identity and the three etcd members', () => {
    const config = renderPatroniConfig(patroniValues(hostSpec('pg2'), credentials));
    expect(config).toMatch(/^name: "pg2"$/m);
    expect(config).toContain(`connect_address: "${address('pg2')}:8008"`);
    for (const host of DB_HOSTS) expect(config).toContain(`- "${host.address}:2379"`);
    expect(config).toMatch(new RegExp(`ttl: ${PATRONI_TIMINGS.ttl} `));
    expect(config).toMatch(new RegExp(`loop_wait: ${PATRONI_TIMINGS.loopWait} `));
    expect(config).toMatch(new RegExp(`retry_timeout: ${PATRONI_TIMINGS.retryTimeout} `));
  });

  it('keeps ttl at least 20 (Patroni 4 raises lower values) and within the loop_wait rule', () => {
    expect(PATRONI_TIMINGS.ttl).toBeGreaterThanOrEqual(20);
    expect(PATRONI_TIMINGS.loopWait + 2 * PATRONI_TIMINGS.retryTimeout).toBeLessThanOrEqual(
      PATRONI_TIMINGS.ttl,
    );
  });

  it('starts etcd with all three members', () => {
    expect(renderEtcdConfig(etcdValues(hostSpec('pg1')))).toContain(
      `ETCD_INITIAL_CLUSTER="pg1=http://${address('pg1')}:2380,pg2=http://${address('pg2')}:2380,pg3=http://${address('pg3')}:2380"`,
    );
  });

  it('puts every db host behind both HAProxy listeners', () => {
    const config = renderHaproxyConfig(haproxyValues());
    for (const host of DB_HOSTS) {
      expect(
        config.match(new RegExp(`server ${host.name} ${host.address}:5432 .*check port 8008`, 'g')),
      ).toHaveLength(2);
    }
  });

  it("uses etcd's v3 API and /primary by default, and the guide's v2 API and /master with --guide", () => {
    expect(renderEtcdConfig(etcdValues(hostSpec('pg1')))).toContain('ETCD_ENABLE_V2="false"');
    expect(renderPatroniConfig(patroniValues(hostSpec('pg1'), credentials))).toMatch(/^etcd3:$/m);
    expect(renderHaproxyConfig(haproxyValues())).toMatch(
      /listen primary\n.*\n\s+option httpchk GET \/primary/,
    );

    expect(renderEtcdConfig(etcdValues(hostSpec('pg1'), 'guide'))).toContain('ETCD_ENABLE_V2="true"');
    const patroni = renderPatroniConfig(patroniValues(hostSpec('pg1'), credentials, 'guide'));
    expect(patroni).toMatch(/^etcd:$/m);
    expect(patroni).not.toMatch(/^etcd3:$/m);
    const haproxy = renderHaproxyConfig(haproxyValues('guide'));
    expect(haproxy).toMatch(/listen master\n.*\n\s+option httpchk OPTIONS \/master/);
    expect(haproxy).toContain('option httpchk OPTIONS /replica');
  });
});
