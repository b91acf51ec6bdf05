import type { ClusterDetail } from '@keel/shared';
import { AlertIcon } from '../../../ui/icons.js';

/**
 * Certificate verification is off for this cluster (an explicit, audited choice): Keel cannot tell its
 * Patroni, etcd and PostgreSQL from an impostor, so the page says so until it is turned back on.
 */
export function TlsUnverifiedBanner({ cluster }: { cluster: ClusterDetail }) {
  if (cluster.security.verifyCertificates) return null;
  return (
    <section className="view-problem" role="alert" data-testid="tls-unverified">
      <div className="view-problem__head">
        <AlertIcon size={18} />
        <strong>Certificate verification is off for this cluster</strong>
      </div>
      <p>
        Keel does not check the certificates of this cluster&apos;s Patroni, etcd and PostgreSQL, so it would
        not notice an impostor. Turn verification back on in the connection settings (with the CA bundle that
        signed them) once it can be.
      </p>
    </section>
  );
}
