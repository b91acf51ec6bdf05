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

  describe('secure (--secure)', () => {
    const secure = {
      credentials: {
        patroniRest: { username: 'keel-admin', password: 'rest-pw' },
        etcdRoot: { username: 'root', password: 'root-pw' },
        etcdPatroni: { username: 'patroni', password: 'etcd-pw' },
        etcdKeel: { username: 'keel', password: 'keel-pw' },
      },
    };

    it('runs etcd on https for clients and peers, with client-certificate auth on both', () => {
      const etcd = renderEtcdConfig(etcdValues(hostSpec('pg1'), 'keel', secure));
      expect(etcd).toContain(
        `ETCD_LISTEN_CLIENT_URLS="https://${address('pg1')}:2379,https://127.0.0.1:2379"`,
      );
      expect(etcd).toContain(`pg2=https://${address('pg2')}:2380`);
      expect(etcd).toContain('ETCD_CLIENT_CERT_AUTH="true"');
      expect(etcd).toContain('ETCD_PEER_CLIENT_CERT_AUTH="true"');
      expect(etcd).toContain('ETCD_TRUSTED_CA_FILE="/etc/keel-lab/tls/ca.crt"');
    });

    it('gives Patroni HTTPS with a password on writes, etcd over https as user patroni, and PostgreSQL ssl', () => {
      const patroni = renderPatroniConfig(patroniValues(hostSpec('pg2'), credentials, 'keel', secure));
      expect(patroni).toMatch(/restapi:\n(.*\n)* {2}certfile: "\/etc\/patroni\/tls\/server.crt"/);
      expect(patroni).toContain('verify_client: "optional"');
      expect(patroni).toMatch(/ {2}authentication:\n {4}username: "keel-admin"\n {4}password: "rest-pw"/);
      expect(patroni).toMatch(/etcd3:\n {2}protocol: https\n {2}cacert: "\/etc\/keel-lab\/tls\/ca.crt"/);
      expect(patroni).toMatch(/ {2}username: "patroni"\n {2}password: "etcd-pw"/);
      expect(patroni).toContain('ssl: "on"');
      expect(patroni).toContain(`- hostssl replication "replicator" ${address('pg1')}/32 scram-sha-256`);
      expect(patroni).toMatch(/- hostssl all all \S+ scram-sha-256/);
    });

    it('checks Patroni from HAProxy over verified HTTPS', () => {
      const haproxy = renderHaproxyConfig(haproxyValues('keel', secure));
      for (const host of DB_HOSTS) {
        expect(haproxy).toContain(
          `server ${host.name} ${host.address}:5432 maxconn 100 check port 8008 check-ssl verify required ca-file /etc/keel-lab/tls/ca.crt`,
        );
      }
    });

    it('leaves the open lab without any of it', () => {
      const patroni = renderPatroniConfig(patroniValues(hostSpec('pg2'), credentials));
      expect(patroni).not.toMatch(
        /certfile|authentication:\n {4}username|protocol: https|ssl: "on"|- hostssl/,
      );
      expect(renderEtcdConfig(etcdValues(hostSpec('pg1')))).not.toContain('CERT');
      expect(renderHaproxyConfig(haproxyValues())).not.toContain('check-ssl');
    });
  });
});
