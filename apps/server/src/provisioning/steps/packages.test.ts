import { describe, expect, it } from 'vitest';
import { foreignCluster, parseFacts } from './facts.js';
import { packagePlan } from './packages.js';

// Recorded outputs of the facts script (facts.ts) on a Debian 12 lab host and on a Rocky 9 host.
const debian12 = `os_id=debian\nos_like=\nos_version=12\nmem_kb=8000000\ncpus=2\ndisk_bytes=100000000000\nrotational=0\ninit=other\nfirewall=none\ntime_sync=unknown\npackage.postgresql-15=15.14-0+deb12u1\npackage.etcd-server=3.4.23-4+b6\npackage.patroni=3.0.2-1\npackage.python3-psycopg2=2.9.5-1+b1\npackage.python3-etcd=0.4.5-4\npackage.python3-yaml=6.0-3+b2\npackage.python3-click=8.1.3-2\npackage.python3-prettytable=3.6.0-1\npackage.python3-dateutil=2.8.2-2\npackage.python3-psutil=5.9.4-1+b1\npackage.python3-urllib3=1.26.12-1\npackage.haproxy=2.6.12-1+deb12u2\n`;
const rocky9 = `os_id=rocky\nos_like=rhel centos fedora\nos_version=9.4\nmem_kb=4000000\ncpus=4\ndisk_bytes=\nrotational=\ninit=systemd\nfirewall=firewalld\ntime_sync=synchronized\n`;

describe('facts and the package plan', () => {
  it('reads a Debian 12 host with everything installed: nothing to run, Patroni from Keel’s tree (not 3.0.2)', () => {
    const facts = parseFacts(debian12);
    expect(facts).toMatchObject({
      osFamily: 'debian',
      osMajor: 12,
      cpus: 2,
      init: 'other',
      firewall: 'none',
    });
    const plan = packagePlan(facts, 'database', 15);
    expect(plan.missing).toEqual([]);
    expect(plan.commands).toEqual([]);
    expect(plan.patroni).toEqual({ kind: 'keel-tree' });
  });

  it('renders dnf with the PGDG repository on Rocky 9', () => {
    const facts = parseFacts(rocky9);
    expect(facts).toMatchObject({ osFamily: 'rhel', osMajor: 9, init: 'systemd', firewall: 'firewalld' });
    const lines = packagePlan(facts, 'database', 17).commands.map((c) => c.line);
    expect(lines).toEqual([
      'dnf install -y https://download.postgresql.org/pub/repos/yum/reporpms/EL-9-x86_64/pgdg-redhat-repo-latest.noarch.rpm',
      'dnf -qy module disable postgresql',
      'dnf config-manager --set-enabled pgdg-rhel9-extras',
      'dnf install -y postgresql17-server patroni patroni-etcd etcd',
    ]);
  });

  it('refuses a data directory that holds another cluster', () => {
    const facts = parseFacts(`${debian12}data_dir_version=15\nexisting_scope=other\n`);
    expect(foreignCluster(facts, 'sales', '/var/lib/postgresql/15/sales')).toMatch(
      /cluster "other", not "sales"/,
    );
    expect(
      foreignCluster(parseFacts(`${debian12}data_dir_version=15\nexisting_scope=sales\n`), 'sales', '/x'),
    ).toBeNull();
  });
});
