/** Python modules Patroni 4 needs besides itself on Debian (what the carried tree runs with). */
export const DEBIAN_PATRONI_DEPS = [
  'python3-psycopg2',
  'python3-etcd',
  'python3-yaml',
  'python3-click',
  'python3-prettytable',
  'python3-dateutil',
  'python3-psutil',
  'python3-urllib3',
];
