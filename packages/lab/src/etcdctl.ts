// etcdctl inside a db host, against that host's own etcd. In the secure lab it shows the lab's
// `root` client certificate: with client-cert auth, etcd takes the certificate's CN as the user.
import { IN_HOST } from './paths.js';
import { isSecureLab } from './transport.js';
import { PORTS } from './topology.js';

export function etcdctlCommand(secure = isSecureLab()): string {
  const base = `ETCDCTL_API=3 etcdctl --dial-timeout=2s`;
  return secure
    ? `${base} --endpoints=https://127.0.0.1:${PORTS.etcdClient} --cacert=${IN_HOST.caCert} ` +
        `--cert=${IN_HOST.rootClientCert} --key=${IN_HOST.rootClientKey}`
    : `${base} --endpoints=http://127.0.0.1:${PORTS.etcdClient}`;
}
