/**
 * How Keel reaches one cluster's HTTPS and TLS services (Patroni's REST API, etcd, PostgreSQL): the CA
 * bundle it trusts, the client certificate it shows, and whether it checks certificates at all. Opened
 * from the credentials store per cluster; never logged, never in a response.
 */
export interface TlsSettings {
  /** PEM CA bundle; absent: the system's trusted CAs. */
  ca?: string;
  /** PEM client certificate and key (Patroni's `verify_client`, etcd's client-cert auth). */
  cert?: string;
  key?: string;
  /**
   * Check the server's certificate and name (the default). False only by an explicit, audited choice
   * of the cluster's operator; the cluster then shows a warning.
   */
  verify: boolean;
}

/** Options for node:tls / node:https from the settings (none for plain connections). */
export function tlsOptions(settings: TlsSettings | undefined): {
  ca?: string;
  cert?: string;
  key?: string;
  rejectUnauthorized: boolean;
} {
  if (!settings) return { rejectUnauthorized: true };
  return {
    ...(settings.ca ? { ca: settings.ca } : {}),
    ...(settings.cert && settings.key ? { cert: settings.cert, key: settings.key } : {}),
    rejectUnauthorized: settings.verify,
  };
}
