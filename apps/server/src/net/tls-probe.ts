import { isIP } from 'node:net';
import tls from 'node:tls';
import { tlsOptions, type TlsSettings } from './tls-settings.js';

/**
 * Opens a TLS connection to host:port of a URL and closes it: resolves null when the handshake (and,
 * with verification on, the certificate and name checks) pass, else the error with its code. The etcd3
 * library reports every TLS failure as "14 UNAVAILABLE: No connection established"; this says why.
 */
export function probeTls(
  url: string,
  settings: TlsSettings | undefined,
  timeoutMs: number,
): Promise<Error | null> {
  const { hostname, port } = new URL(url);
  const host = hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = tls.connect({
      host,
      port: Number(port),
      // SNI takes names only; an address is checked against the certificate's IP SANs all the same.
      ...(isIP(host) ? {} : { servername: host }),
      ...tlsOptions(settings),
    });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const finish = (result: Error | null) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(result);
    };
    // TLS 1.3 sends the server's refusal of a client certificate after the handshake: read a moment.
    socket.once('secureConnect', () => setTimeout(() => finish(null), 200));
    socket.once('error', (error: Error) => finish(error));
  });
}
