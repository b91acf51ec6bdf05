import type { ClusterDetail, MemberState } from '@keel/shared';

export interface ConnectionString {
  /** What this address reaches, for a person. */
  label: string;
  uri: string;
}

// Keel's probe login may not be the one an application uses: the string names no user and never a password.
const DATABASE = 'postgres';

/** `host:port` as a libpq URI's authority: an IPv6 address needs its brackets. */
function authority(host: string, port: number | string): string {
  return `${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${port}`;
}

function fromEndpoint(endpoint: string): string {
  const i = endpoint.lastIndexOf(':');
  return authority(endpoint.slice(0, i), endpoint.slice(i + 1));
}

/**
 * Where a client connects for this member: HAProxy's read-write port (whoever leads: :5000 in the lab),
 * its read-only port (the replicas: :5500), and the member itself, directly.
 */
export function connectionStrings(cluster: ClusterDetail, member: MemberState): ConnectionString[] {
  const strings: ConnectionString[] = [];
  const { readWrite, readOnly } = cluster.haproxyEndpoints;
  if (readWrite) {
    strings.push({
      label: 'Read-write, through HAProxy (the leader)',
      uri: `postgresql://${fromEndpoint(readWrite)}/${DATABASE}?target_session_attrs=read-write`,
    });
  }
  if (readOnly) {
    strings.push({
      label: 'Read-only, through HAProxy (the replicas)',
      uri: `postgresql://${fromEndpoint(readOnly)}/${DATABASE}`,
    });
  }
  if (member.host) {
    strings.push({
      label: `${member.name} directly`,
      uri: `postgresql://${authority(member.host, member.port)}/${DATABASE}`,
    });
  }
  return strings;
}
