import { readFileSync } from 'node:fs';
import { Etcd3 } from 'etcd3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireLabStatus, type LabStatus } from '@keel/lab';
import { EtcdWatchPool, etcd3Options, patroniPrefix, type KeyChange } from '../src/etcd/watch.js';
import { describeEtcdFailure, describeTlsFailure } from '../src/net/tls-errors.js';
import { probeTls } from '../src/net/tls-probe.js';
import type { TlsSettings } from '../src/net/tls-settings.js';
import {
  PatroniActions,
  PatroniClient,
  PatroniRequestError,
  type PatroniConnection,
} from '../src/patroni/client.js';
import { eventually } from './lab.js';

type SecureStatus = NonNullable<LabStatus['secure']>;

/**
 * Keel's own clients against the secure lab (`pnpm lab up --secure`: TLS on etcd, Patroni's REST API
 * and PostgreSQL; users on etcd and on Patroni's writes; HAProxy checking over HTTPS). Runs in its own
 * stage (scripts/test-secure-lab.sh), which brings this lab up and the open one back afterwards.
 */
describe('the secure lab, through Keel’s clients', () => {
  let status: Awaited<ReturnType<typeof requireLabStatus>>;
  let secure: SecureStatus;
  let tls: TlsSettings;
  let members: string[];
  let etcd: string[];
  const pools: EtcdWatchPool[] = [];

  const patroni = (connection?: PatroniConnection) => new PatroniClient(2_000, () => connection);
  const pool = () => {
    const created = new EtcdWatchPool();
    pools.push(created);
    return created;
  };
  const failure = async (action: () => Promise<unknown>): Promise<Error> => {
    try {
      await action();
    } catch (error) {
      return error as Error;
    }
    throw new Error('it succeeded');
  };

  beforeAll(async () => {
    status = await requireLabStatus();
    if (status.mode !== 'secure' || !status.secure)
      throw new Error('this test needs `pnpm lab up --secure` (see scripts/test-secure-lab.sh)');
    secure = status.secure;
    tls = {
      ca: readFileSync(secure.caFile, 'utf8'),
      cert: readFileSync(secure.clientCertFile, 'utf8'),
      key: readFileSync(secure.clientKeyFile, 'utf8'),
      verify: true,
    };
    members = status.hosts.flatMap((host) => (host.patroniUrl ? [host.patroniUrl] : []));
    etcd = status.etcd.endpoints;
  });
  afterAll(async () => {
    for (const created of pools) await created.close();
  });

  it('says where its CA and users are, and serves https only', () => {
    expect(members.every((url) => url.startsWith('https://'))).toBe(true);
    expect(etcd.every((url) => url.startsWith('https://'))).toBe(true);
    expect(readFileSync(secure.caFile, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(secure.etcd.keel.username).toBe('keel');
    expect(status.credentialsFile).toMatch(/credentials\.json$/);
  });

  it("reads Patroni's cluster over verified HTTPS: three members, one leader, two streaming replicas", async () => {
    const cluster = await patroni({ tls }).cluster(members[0]!);
    const roles = cluster.members.map((m) => `${m.name}:${m.role}:${m.state}`).sort();
    console.log(`secure lab members: ${roles.join(', ')}`);
    expect(cluster.members).toHaveLength(3);
    expect(cluster.members.filter((m) => m.role === 'leader' || m.role === 'primary')).toHaveLength(1);
    expect(cluster.members.filter((m) => m.state === 'streaming')).toHaveLength(2);
  });

  it('without the lab CA: "does not trust" and what to set', async () => {
    const error = await failure(() => patroni().cluster(members[0]!));
    expect(error).toBeInstanceOf(PatroniRequestError);
    // Patroni (Python's ssl) sends the CA along with its certificate: SELF_SIGNED_CERT_IN_CHAIN.
    expect(error.message).toMatch(
      /shows a certificate that Keel does not trust \((UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN)\)/,
    );
    expect(error.message).toContain("add the CA that signed it as the cluster's CA bundle");
  });

  it('a write without the REST login gets 401, worded; with a wrong one, too', async () => {
    const without = await failure(() => new PatroniActions(10_000, () => ({ tls })).reload(members[0]!));
    expect(without.message).toMatch(
      /^Patroni at https:\/\/\S+\/reload demands a login \(401: restapi\.authentication is set\): set the cluster's Patroni REST login/,
    );
    const wrong = await failure(() =>
      new PatroniActions(10_000, () => ({
        tls,
        login: { username: secure.patroniRest.username, password: 'not-the-password' },
      })).reload(members[0]!),
    );
    expect(wrong.message).toContain("refused the cluster's REST login (401)");
    // verify_client: optional demands a client certificate on writes.
    const noCert = await failure(() =>
      new PatroniActions(10_000, () => ({
        tls: { ca: tls.ca, verify: true },
        login: secure.patroniRest,
      })).reload(members[0]!),
    );
    expect(noCert.message).toContain(
      "demands a client certificate (403: restapi.verify_client is set): set the cluster's client certificate and key",
    );
  });

  it('switches over through authenticated HTTPS; the etcd watch (TLS, user keel) sees the new leader', async () => {
    const connection: PatroniConnection = { tls, login: secure.patroniRest };
    const client = patroni(connection);
    const before = await client.cluster(members[0]!);
    const leader = before.members.find((m) => m.role === 'leader' || m.role === 'primary')!;
    const candidate = before.members.find((m) => m.name !== leader.name)!;

    const changes: KeyChange[] = [];
    const prefix = patroniPrefix(status.namespace, status.scope);
    const watch = await pool().watchPrefix(
      { endpoints: etcd, access: { tls, login: secure.etcd.keel } },
      prefix,
      (change) => changes.push(change),
      () => undefined,
    );
    expect(watch.initial.values.leader).toBe(leader.name);
    expect(Object.keys(watch.initial.values).filter((k) => k.startsWith('members/'))).toHaveLength(3);

    const started = Date.now();
    const answer = await new PatroniActions(30_000, () => connection).switchover(members[0]!, {
      leader: leader.name,
      candidate: candidate.name,
    });
    expect(answer.status, answer.body).toBe(200);
    const after = await eventually(
      'the candidate to lead with two streaming replicas',
      async () => {
        const cluster = await client.cluster(members[0]!).catch(() => undefined);
        const lead = cluster?.members.find((m) => m.role === 'leader' || m.role === 'primary');
        const streaming = cluster?.members.filter((m) => m.state === 'streaming').length;
        return lead?.name === candidate.name && streaming === 2 ? cluster : undefined;
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    console.log(
      `secure switchover ${leader.name} -> ${candidate.name}: healthy after ${Date.now() - started} ms`,
    );
    expect(after.members).toHaveLength(3);
    expect(changes.some((c) => c.key === 'leader' && c.kind === 'put' && c.value === candidate.name)).toBe(
      true,
    );
    await watch.stop();
  });

  it('etcd: a read outside the user’s grant is "permission denied", worded with the grant to add', async () => {
    const error = await failure(() =>
      pool().readPrefix({ endpoints: etcd, access: { tls, login: secure.etcd.keel } }, '/other/'),
    );
    const text = describeEtcdFailure(error, { endpoints: etcd, prefix: '/other/', username: 'keel' });
    expect(error.message).toMatch(/PERMISSION_DENIED/);
    expect(text).toContain(
      'denies user keel reading /other/ (permission denied): grant its role read on that prefix',
    );
  });

  it('etcd: a wrong password is "authentication failed", worded', async () => {
    const client = new Etcd3(etcd3Options(etcd, { tls, login: { username: 'keel', password: 'wrong' } }));
    try {
      const error = await failure(() =>
        client.get(`${patroniPrefix(status.namespace, status.scope)}leader`).string(),
      );
      expect(describeEtcdFailure(error, { endpoints: etcd, prefix: '/service/', username: 'keel' })).toBe(
        `etcd at ${etcd.join(', ')} refused the login of keel (authentication failed): check the cluster's etcd username and password`,
      );
    } finally {
      client.close();
    }
  });

  it('etcd: without a client certificate, the TLS probe says to set one', async () => {
    const error = await probeTls(etcd[0]!, { ca: tls.ca, verify: true }, 3_000);
    expect(describeTlsFailure(error, 'etcd', etcd[0]!)).toMatch(
      /refused the TLS handshake: it wants a client certificate .*: set the cluster's client certificate and key$/,
    );
    expect(await probeTls(etcd[0]!, tls, 3_000)).toBeNull();
  });

  it('PostgreSQL through HAProxy: TLS verified against the CA (verify-full); without TLS it is refused', async () => {
    const { readWrite } = status.haproxy;
    const login = {
      user: status.credentials.superuser.username,
      password: status.credentials.superuser.password,
    };
    const verified = new pg.Client({
      host: readWrite.host,
      port: readWrite.port,
      database: 'postgres',
      ...login,
      ssl: { ca: tls.ca, rejectUnauthorized: true },
    });
    await verified.connect();
    try {
      const row = (
        await verified.query<{ ssl: boolean; recovery: boolean }>(
          'select ssl, pg_is_in_recovery() as recovery from pg_stat_ssl where pid = pg_backend_pid()',
        )
      ).rows[0];
      expect(row).toEqual({ ssl: true, recovery: false });
    } finally {
      await verified.end();
    }
    const plain = new pg.Client({
      host: readWrite.host,
      port: readWrite.port,
      database: 'postgres',
      ...login,
    });
    plain.on('error', () => undefined);
    const error = await failure(() => plain.connect());
    await plain.end().catch(() => undefined);
    expect(error.message).toMatch(/no pg_hba\.conf entry .* no encryption/);
  });
});
