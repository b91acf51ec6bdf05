import type { ClusterDetail, UpdateClusterRequest } from '@keel/shared';
import { hostPortProblem, httpUrlProblem, splitList, urlListProblem } from './fieldRules.js';
import {
  emptySecurityForm,
  securityFormFrom,
  toSecurityInput,
  validateSecurityForm,
  type SecurityFormErrors,
  type SecurityFormValues,
} from './securityForm.js';

/** How Keel reaches a cluster, as the connection settings form holds it. */
export interface ConnectionFormValues {
  /** One or more URLs, separated by commas, spaces or new lines. */
  etcdEndpoints: string;
  /** Each member's Patroni REST URL, by member name. */
  patroniUrls: Record<string, string>;
  haproxyReadWrite: string;
  haproxyReadOnly: string;
  haproxyStatsUrl: string;
  /** 'keep' the current login, 'none', a stored credential's id, or 'new' for the fields below. */
  login: string;
  dbUsername: string;
  dbPassword: string;
  dbDatabase: string;
  /** New TLS settings and logins: empty fields keep what Keel holds. */
  security: SecurityFormValues;
}

export type ConnectionFormErrors = Partial<
  Record<Exclude<keyof ConnectionFormValues, 'patroniUrls' | 'security'>, string>
> & {
  patroniUrls?: Record<string, string>;
  security?: SecurityFormErrors;
};

type Cluster = Pick<ClusterDetail, 'etcdEndpoints' | 'members' | 'haproxyEndpoints'> &
  Partial<Pick<ClusterDetail, 'security'>>;

export function connectionFormFrom(cluster: Cluster): ConnectionFormValues {
  return {
    etcdEndpoints: cluster.etcdEndpoints.join('\n'),
    patroniUrls: Object.fromEntries(cluster.members.map((m) => [m.name, m.apiUrl])),
    haproxyReadWrite: cluster.haproxyEndpoints.readWrite ?? '',
    haproxyReadOnly: cluster.haproxyEndpoints.readOnly ?? '',
    haproxyStatsUrl: cluster.haproxyEndpoints.statsUrl ?? '',
    login: 'keep',
    dbUsername: '',
    dbPassword: '',
    dbDatabase: '',
    security: cluster.security ? securityFormFrom(cluster.security) : emptySecurityForm,
  };
}

export function validateConnectionForm(values: ConnectionFormValues): ConnectionFormErrors {
  const errors: ConnectionFormErrors = {};
  const endpoints = splitList(values.etcdEndpoints);
  const etcd = endpoints.length === 0 ? 'Enter at least one etcd endpoint.' : urlListProblem(endpoints);
  if (etcd) errors.etcdEndpoints = etcd;
  const patroni = Object.entries(values.patroniUrls).flatMap(([name, url]) => {
    const problem = url.trim() === '' ? 'Enter this member’s Patroni REST URL.' : httpUrlProblem(url.trim());
    return problem ? [[name, problem] as const] : [];
  });
  if (patroni.length > 0) errors.patroniUrls = Object.fromEntries(patroni);
  const rw = hostPortProblem(values.haproxyReadWrite.trim());
  if (rw) errors.haproxyReadWrite = rw;
  const ro = hostPortProblem(values.haproxyReadOnly.trim());
  if (ro) errors.haproxyReadOnly = ro;
  const stats = httpUrlProblem(values.haproxyStatsUrl.trim());
  if (stats) errors.haproxyStatsUrl = stats;
  const security = validateSecurityForm(values.security);
  if (Object.keys(security).length > 0) errors.security = security;
  if (values.login === 'new') {
    if (values.dbUsername.trim() === '') errors.dbUsername = 'Enter the user to log in as.';
    if (values.dbPassword === '') errors.dbPassword = 'Enter the password for this user.';
  }
  return errors;
}

/**
 * Only what changed, so an untouched section keeps what Keel holds (the HAProxy section is sent whole:
 * the API replaces it, and with it the stats login unless the new URL carries one).
 */
export function connectionPatch(cluster: Cluster, values: ConnectionFormValues): UpdateClusterRequest | null {
  const before = connectionFormFrom(cluster);
  const patch: UpdateClusterRequest = {};
  const endpoints = splitList(values.etcdEndpoints);
  if (endpoints.join('\n') !== splitList(before.etcdEndpoints).join('\n')) patch.etcdEndpoints = endpoints;
  const moved = Object.entries(values.patroniUrls)
    .map(([name, url]) => [name, url.trim()] as const)
    .filter(([name, url]) => url !== before.patroniUrls[name]);
  if (moved.length > 0) patch.patroniUrls = Object.fromEntries(moved);
  const haproxy = {
    readWrite: values.haproxyReadWrite.trim(),
    readOnly: values.haproxyReadOnly.trim(),
    statsUrl: values.haproxyStatsUrl.trim(),
  };
  if (
    haproxy.readWrite !== before.haproxyReadWrite ||
    haproxy.readOnly !== before.haproxyReadOnly ||
    haproxy.statsUrl !== before.haproxyStatsUrl
  ) {
    patch.haproxy = {
      ...(haproxy.readWrite && { readWrite: haproxy.readWrite }),
      ...(haproxy.readOnly && { readOnly: haproxy.readOnly }),
      ...(haproxy.statsUrl && { statsUrl: haproxy.statsUrl }),
    };
  }
  if (values.login === 'none') patch.database = null;
  else if (values.login === 'new')
    patch.database = {
      username: values.dbUsername.trim(),
      password: values.dbPassword,
      ...(values.dbDatabase.trim() && { database: values.dbDatabase.trim() }),
    };
  else if (values.login !== 'keep') patch.databaseCredentialId = values.login;
  const security = toSecurityInput(values.security, cluster.security?.verifyCertificates ?? true);
  if (security) patch.security = security;
  return Object.keys(patch).length === 0 ? null : patch;
}
