import {
  isReadProxy,
  isWriteProxy,
  type ClusterDetail,
  type EndpointProbe,
  type HaproxyBackendState,
} from '@keel/shared';
import { formatAgo, formatDateTime } from '../../../lib/formatTime.js';
import { useNow } from '../../../lib/useNow.js';
import { Badge, type Tone } from '../../../ui/Badge.js';
import { Card } from '../../../ui/Card.js';

const BACKEND_TONES: Record<string, Tone> = { UP: 'ok', MAINT: 'warn', DRAIN: 'warn', NOLB: 'warn' };

/** DOWN is how Patroni's health checks keep non-primaries out of the write listener: expected, so not red. */
function backendTone(status: string): Tone {
  const word = status.split(' ')[0] ?? status;
  return BACKEND_TONES[word] ?? 'neutral';
}

function proxyLabel(proxy: string): string {
  if (isWriteProxy(proxy)) return `${proxy} · read-write`;
  if (isReadProxy(proxy)) return `${proxy} · read-only`;
  return proxy;
}

export function HaproxyCard({ cluster }: { cluster: ClusterDetail }) {
  const { backends, error } = cluster.haproxy;
  const { readWrite, readOnly, statsUrl } = cluster.haproxyEndpoints;
  if (!readWrite && !readOnly && !statsUrl) {
    return (
      <Card title="HAProxy">
        <p className="muted">Keel was not given this cluster&apos;s HAProxy, so routing is not checked.</p>
      </Card>
    );
  }
  return (
    <Card title="HAProxy" padding="none" actions={statsUrl && <span className="mono">{statsUrl}</span>}>
      {/* Wide on a phone: it scrolls inside the card (a focusable region), never the page. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Endpoint probes">
        <table className="table" aria-label="Endpoint probes">
          <thead>
            <tr>
              <th scope="col">Endpoint</th>
              <th scope="col">Probe</th>
              <th scope="col">Reaches</th>
              <th scope="col" className="is-numeric">
                Latency
              </th>
              <th scope="col" className="is-numeric">
                Checked
              </th>
            </tr>
          </thead>
          <tbody>
            <ProbeRow
              label="read-write"
              endpoint={readWrite}
              probe={cluster.haproxy.readWrite}
              expectRecovery={false}
              hasLogin={cluster.hasDatabaseLogin}
            />
            <ProbeRow
              label="read-only"
              endpoint={readOnly}
              probe={cluster.haproxy.readOnly}
              expectRecovery
              hasLogin={cluster.hasDatabaseLogin}
            />
          </tbody>
        </table>
      </div>
      {error !== null ? (
        <p className="haproxy__error" role="status">
          Stats unreachable: <span className="mono">{error}</span>
        </p>
      ) : (
        backends.length > 0 && <BackendMatrix backends={backends} />
      )}
    </Card>
  );
}

interface ProbeRowProps {
  label: string;
  endpoint: string | null;
  probe: EndpointProbe | null;
  /** Whether a healthy answer on this endpoint comes from a server in recovery (a replica). */
  expectRecovery: boolean;
  hasLogin: boolean;
}

function ProbeRow({ label, endpoint, probe, expectRecovery, hasLogin }: ProbeRowProps) {
  const now = useNow();
  const address = endpoint ?? probe?.endpoint;
  const none = <span className="muted">—</span>;
  let status;
  if (!address) status = <span className="muted">not configured</span>;
  else if (!hasLogin) status = <span className="muted">not probed: no login</span>;
  else if (probe === null) status = <span className="muted">not probed yet</span>;
  else if (!probe.ok)
    status = (
      <span title={probe.error ?? undefined}>
        <Badge tone="critical" dot>
          failing
        </Badge>
      </span>
    );
  else
    status = (
      <Badge tone="ok" dot>
        ok
      </Badge>
    );

  let reaches = none;
  if (probe?.ok && probe.inRecovery !== null) {
    const asExpected = probe.inRecovery === expectRecovery;
    reaches = (
      <Badge tone={asExpected ? 'neutral' : expectRecovery ? 'warn' : 'critical'} shape="tag">
        {probe.inRecovery ? 'a replica' : 'the primary'}
      </Badge>
    );
  }
  return (
    <>
      <tr data-testid={`probe-${label}`}>
        <td>
          <span className="haproxy__endpoint">
            <span className="muted">{label}</span>
            <span className="mono">{address ?? ''}</span>
          </span>
        </td>
        <td>{status}</td>
        <td>{reaches}</td>
        <td className="is-numeric">{probe?.latencyMs != null ? `${probe.latencyMs} ms` : none}</td>
        <td className="is-numeric">
          {probe?.checkedAt ? (
            <span className="muted" title={formatDateTime(probe.checkedAt)}>
              {formatAgo(probe.checkedAt, now)}
            </span>
          ) : (
            none
          )}
        </td>
      </tr>
      {probe !== null && !probe.ok && probe.error && (
        <tr className="table__row--critical">
          <td colSpan={5} className="haproxy__probe-error mono">
            {probe.error}
          </td>
        </tr>
      )}
    </>
  );
}

/** Servers down, listeners across: which member each port sends clients to, at a glance. */
function BackendMatrix({ backends }: { backends: HaproxyBackendState[] }) {
  const proxies = [...new Set(backends.map((b) => b.proxy))];
  const servers = [...new Set(backends.map((b) => b.server))].sort((a, b) =>
    a.localeCompare(b, undefined, { numeric: true }),
  );
  const status = new Map(backends.map((b) => [`${b.proxy}\u0000${b.server}`, b]));
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label="HAProxy backends">
      <table className="table haproxy__matrix" aria-label="HAProxy backends">
        <thead>
          <tr>
            <th scope="col">Backend server</th>
            {proxies.map((proxy) => (
              <th key={proxy} scope="col">
                {proxyLabel(proxy)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {servers.map((server) => (
            <tr key={server} data-testid={`backend-${server}`}>
              <th scope="row" className="mono">
                {server}
              </th>
              {proxies.map((proxy) => {
                const backend = status.get(`${proxy}\u0000${server}`);
                return (
                  <td key={proxy} data-proxy={proxy} data-status={backend?.status}>
                    {backend ? (
                      <Badge tone={backendTone(backend.status)} dot>
                        {backend.status}
                      </Badge>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
