import { command, type ShellCommand } from '../../ssh/quote.js';
import { DEBIAN_PATRONI_DEPS } from './patroni-deps.js';

/** The OS families Keel has a package plan for. */
export type OsFamily = 'debian' | 'rhel';
export type InitSystem = 'systemd' | 'other';
export type FirewallKind = 'ufw' | 'firewalld' | 'nft' | 'none';

/** What Keel learns of a host before it changes anything (one read-only script, `factsCommand`). */
export interface HostFacts {
  osId: string;
  osFamily: OsFamily | null;
  osVersion: string;
  /** e.g. "12" of "12.5" (the RHEL major picks the PGDG repository). */
  osMajor: number | null;
  memoryBytes: number;
  cpus: number;
  /** Size of the file system that will hold the data directory. */
  dataDiskBytes: number | null;
  rotational: boolean | null;
  init: InitSystem;
  /** An active firewall (ufw active, firewalld running, or an nft ruleset with an input hook). */
  firewall: FirewallKind;
  timeSync: 'synchronized' | 'not synchronized' | 'unknown';
  /** Installed packages with their versions (dpkg or rpm). */
  packages: Record<string, string>;
  /** Versions Keel installed itself (its Patroni tree), from its marker files. */
  keelPatroni: string | null;
  /** PG_VERSION of the planned data directory, if it holds one. */
  dataDirVersion: string | null;
  /** The `scope:` of the Patroni configuration already on the host, if any. */
  existingScope: string | null;
}

/** Packages whose installed versions the facts report (either family's names). */
export const WATCHED_PACKAGES = [
  'etcd-server',
  'etcd',
  'haproxy',
  'patroni',
  ...DEBIAN_PATRONI_DEPS,
  'python3-ydiff',
  'postgresql-13',
  'postgresql-14',
  'postgresql-15',
  'postgresql-16',
  'postgresql-17',
  'postgresql-18',
  'postgresql13-server',
  'postgresql14-server',
  'postgresql15-server',
  'postgresql16-server',
  'postgresql17-server',
  'postgresql18-server',
];

/**
 * Read-only: prints one `key=value` per line. Its arguments ($1 data directory, $2 Patroni config, $3 Keel's
 * Patroni marker, then the package names) come as positional parameters, never pasted into the script.
 */
const FACTS_SCRIPT = String.raw`
set -u
data=$1 config=$2 marker=$3; shift 3
if [ -r /etc/os-release ]; then . /etc/os-release; fi
echo "os_id=\${ID:-}"; echo "os_like=\${ID_LIKE:-}"; echo "os_version=\${VERSION_ID:-}"
echo "mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)"
echo "cpus=$(nproc 2>/dev/null || echo 1)"
d=$data; while [ ! -e "$d" ]; do d=$(dirname "$d"); done
echo "disk_bytes=$(df -P -B1 "$d" 2>/dev/null | awk 'NR==2 {print $2}')"
dev=$(df -P "$d" 2>/dev/null | awk 'NR==2 {print $1}')
rot=$(lsblk -ndo ROTA "$dev" 2>/dev/null | head -n1 | tr -d ' ')
echo "rotational=\${rot:-}"
if [ -d /run/systemd/system ]; then echo init=systemd; else echo init=other; fi
fw=none
if command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active'; then fw=ufw
elif command -v firewall-cmd >/dev/null 2>&1 && [ "$(firewall-cmd --state 2>/dev/null)" = running ]; then fw=firewalld
elif command -v nft >/dev/null 2>&1 && nft list ruleset 2>/dev/null | grep -q 'hook input'; then fw=nft
fi
echo "firewall=$fw"
ts=unknown
if command -v timedatectl >/dev/null 2>&1 && [ -d /run/systemd/system ]; then
  case $(timedatectl show -p NTPSynchronized --value 2>/dev/null) in yes) ts=synchronized;; no) ts='not synchronized';; esac
elif command -v chronyc >/dev/null 2>&1 && chronyc tracking >/dev/null 2>&1; then ts=synchronized
fi
echo "time_sync=$ts"
for p in "$@"; do
  if command -v dpkg-query >/dev/null 2>&1; then
    v=$(dpkg-query -W -f='\${db:Status-Status} \${Version}' "$p" 2>/dev/null | awk '$1=="installed" {print $2}')
  else
    v=$(rpm -q --qf '%{VERSION}-%{RELEASE}' "$p" 2>/dev/null | grep -v 'not installed')
  fi
  if [ -n "$v" ]; then echo "package.$p=$v"; fi
done
if [ -r "$marker" ]; then echo "keel_patroni=$(head -n1 "$marker")"; fi
if [ -r "$data/PG_VERSION" ]; then echo "data_dir_version=$(head -n1 "$data/PG_VERSION")"; fi
if [ -r "$config" ]; then echo "existing_scope=$(sed -n 's/^scope: *"\{0,1\}\([^"]*\)"\{0,1\} *$/\1/p' "$config" | head -n1)"; fi
`.replaceAll('\\${', '${'); // String.raw keeps "\${" (written so for JS): the shell gets "${".

export function factsCommand(paths: {
  dataDir: string;
  patroniConfig: string;
  patroniMarker: string;
}): ShellCommand {
  return command(
    'sh',
    '-c',
    FACTS_SCRIPT,
    'keel-facts',
    paths.dataDir,
    paths.patroniConfig,
    paths.patroniMarker,
    ...WATCHED_PACKAGES,
  );
}

const RHEL_IDS = ['rhel', 'rocky', 'almalinux', 'centos', 'fedora', 'ol'];

function familyOf(id: string, like: string): OsFamily | null {
  const words = [id, ...like.split(/\s+/)];
  if (words.some((w) => w === 'debian' || w === 'ubuntu')) return 'debian';
  if (words.some((w) => RHEL_IDS.includes(w))) return 'rhel';
  return null;
}

/** The facts from the script's output (recorded outputs make the unit tests of both families). */
export function parseFacts(output: string): HostFacts {
  const kv = new Map<string, string>();
  for (const line of output.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) kv.set(line.slice(0, at), line.slice(at + 1).trim());
  }
  const get = (k: string): string => kv.get(k) ?? '';
  const packages: Record<string, string> = {};
  for (const [k, v] of kv) if (k.startsWith('package.')) packages[k.slice('package.'.length)] = v;
  const number = (k: string): number | null => {
    const n = Number(get(k));
    return get(k) !== '' && Number.isFinite(n) ? n : null;
  };
  const osVersion = get('os_version');
  const major = Number.parseInt(osVersion, 10);
  const firewall = get('firewall');
  const timeSync = get('time_sync');
  return {
    osId: get('os_id'),
    osFamily: familyOf(get('os_id'), get('os_like')),
    osVersion,
    osMajor: Number.isFinite(major) ? major : null,
    memoryBytes: (number('mem_kb') ?? 0) * 1024,
    cpus: number('cpus') ?? 1,
    dataDiskBytes: number('disk_bytes'),
    rotational: get('rotational') === '1' ? true : get('rotational') === '0' ? false : null,
    init: get('init') === 'systemd' ? 'systemd' : 'other',
    firewall: (['ufw', 'firewalld', 'nft'] as const).find((f) => f === firewall) ?? 'none',
    timeSync: timeSync === 'synchronized' || timeSync === 'not synchronized' ? timeSync : 'unknown',
    packages,
    keelPatroni: get('keel_patroni') || null,
    dataDirVersion: get('data_dir_version') || null,
    existingScope: kv.has('existing_scope') ? get('existing_scope') || null : null,
  };
}

/**
 * Why the host must not be provisioned for `scope`, or null: its data directory already holds a cluster
 * that is not this one (another scope's configuration, or none Keel wrote).
 */
export function foreignCluster(facts: HostFacts, scope: string, dataDir: string): string | null {
  if (facts.dataDirVersion === null) return null;
  if (facts.existingScope === scope) return null;
  return facts.existingScope
    ? `${dataDir} already holds PostgreSQL ${facts.dataDirVersion} data of cluster "${facts.existingScope}", not "${scope}": Keel does not overwrite another cluster`
    : `${dataDir} already holds PostgreSQL ${facts.dataDirVersion} data that no Patroni configuration names: Keel does not overwrite it (move it away if it is not needed)`;
}

/** The facts in one line for the job log. */
export function describeFacts(f: HostFacts): string {
  const gib = (b: number) => `${(b / 1024 ** 3).toFixed(1)} GiB`;
  return [
    `${f.osId || 'unknown OS'} ${f.osVersion}`,
    `${gib(f.memoryBytes)} memory`,
    `${f.cpus} CPUs`,
    f.dataDiskBytes === null ? 'disk unknown' : `${gib(f.dataDiskBytes)} disk`,
    `init ${f.init}`,
    f.firewall === 'none' ? 'no firewall' : `firewall ${f.firewall}`,
    `time ${f.timeSync}`,
  ].join(', ');
}
