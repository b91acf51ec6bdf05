/**
 * The shell scripts a drill runs on the leader's host, each started as `sh -c SCRIPT keel-drill ARGS…`:
 * fixed text, with every value (an address, a port, a time) passed as a positional argument, never
 * pasted in. Each undo is safe to run twice, and every fault that could outlive Keel (an isolated or a
 * frozen host) leaves a dead man's switch on the host that undoes it by itself after a while.
 */

/** The host's service manager: systemd, Keel's supervisor (provisioned hosts without systemd), the lab's. */
export const detectServiceManager = `
if [ -d /run/systemd/system ]; then echo systemd
elif [ -x /etc/keel/supervise ]; then echo keel-supervisor
elif [ -x /etc/keel-lab/start-services ]; then echo lab
else echo none; fi`;

/** $1: the service manager. Stops Patroni the way an operator would (it stops PostgreSQL and gives up the leader key). */
export const stopPatroni = `
cd /
case $1 in
  systemd) systemctl stop patroni ;;
  keel-supervisor) /etc/keel/supervise stop patroni ;;
  lab) pid=$(cat /run/keel-lab/patroni.pid); kill -TERM "$pid"
       while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done ;;
  *) echo "no service manager Keel knows on this host" >&2; exit 3 ;;
esac`;

/** $1: the service manager. Starts etcd and Patroni unless they run. */
export const startServices = `
cd /
case $1 in
  systemd) systemctl start etcd patroni ;;
  keel-supervisor) /etc/keel/supervise start etcd; /etc/keel/supervise start patroni ;;
  lab) /etc/keel-lab/start-services ;;
  *) echo "no service manager Keel knows on this host" >&2; exit 3 ;;
esac`;

/**
 * The cluster's processes on the host: the postmaster and its children, Patroni, etcd. The postmaster
 * is the oldest process named postgres; Patroni is the Python process whose command line names patroni.
 */
const clusterPids = `
pg=$(pgrep -x postgres | tr '\\n' ' ')
patroni=$(pgrep -f '^[^ ]*python[0-9.]* [^ ]*patroni' | tr '\\n' ' ')
etcd=$(pgrep -x etcd | tr '\\n' ' ')`;

/** SIGKILL of the postmaster only: Patroni finds PostgreSQL dead and restarts it (or fails over). */
export const killPostmaster = `
pid=$(pgrep -o -x postgres) || { echo "no PostgreSQL process on this host" >&2; exit 3; }
kill -KILL "$pid" && echo "postmaster $pid killed"`;

/**
 * $1: Keel's address as the host sees it, $2: the SSH port, $3: seconds before the host heals itself.
 * Drops every packet in and out except Keel's own SSH session, in a table of its own.
 */
export const isolate = `
case $1 in *:*) fam=ip6 ;; *) fam=ip ;; esac
command -v nft >/dev/null || { echo "nft (package nftables) is needed to isolate the host" >&2; exit 3; }
nft delete table inet keel_drill 2>/dev/null || true
nft -f - <<EOF
table inet keel_drill {
  chain in { type filter hook input priority -300; policy drop; iif lo accept; $fam saddr $1 tcp dport $2 accept; }
  chain out { type filter hook output priority -300; policy drop; oif lo accept; $fam daddr $1 tcp sport $2 accept; }
}
EOF
setsid sh -c 'sleep "$0"; nft delete table inet keel_drill' "$3" >/dev/null 2>&1 </dev/null &
echo $! > /run/keel-drill-heal.pid
echo "every packet dropped but Keel's SSH from $1; heals itself in $3 s"`;

export const reconnect = `
[ -f /run/keel-drill-heal.pid ] && kill "$(cat /run/keel-drill-heal.pid)" 2>/dev/null
rm -f /run/keel-drill-heal.pid
if nft delete table inet keel_drill 2>/dev/null; then echo "network restored"; else echo "network was not cut"; fi`;

/**
 * $1: seconds before the host heals itself. SIGSTOP of every process of the cluster (Patroni,
 * PostgreSQL, etcd). Backends come and go while the list is read, so it goes over them three times,
 * a vanished one skipped; every stopped pid is kept for the thaw.
 */
export const freeze = `
${clusterPids}
[ -n "$(echo $patroni $pg $etcd)" ] || { echo "no cluster process on this host" >&2; exit 3; }
: > /run/keel-drill-frozen
setsid sh -c 'sleep "$0"; kill -CONT $(cat /run/keel-drill-frozen)' "$1" >/dev/null 2>&1 </dev/null &
echo $! > /run/keel-drill-heal.pid
for pass in 1 2 3; do
  ${clusterPids}
  echo $patroni $pg $etcd >> /run/keel-drill-frozen
  kill -STOP $patroni $pg $etcd 2>/dev/null || true
done
echo "stopped (SIGSTOP): Patroni $patroni; PostgreSQL $pg; etcd $etcd; thaws itself in $1 s"`;

export const thaw = `
[ -f /run/keel-drill-heal.pid ] && kill "$(cat /run/keel-drill-heal.pid)" 2>/dev/null
rm -f /run/keel-drill-heal.pid
if [ -f /run/keel-drill-frozen ]; then kill -CONT $(cat /run/keel-drill-frozen) 2>/dev/null; rm -f /run/keel-drill-frozen; echo "resumed (SIGCONT)"
else echo "nothing was frozen"; fi`;

/**
 * $1..$3 as for isolate. The host as if its power were cut: its network goes silent (no reset reaches the
 * peers) and every cluster process dies at once (SIGKILL). Only Keel's SSH session stays, to bring it back.
 */
export const loseHost = `${isolate}
${clusterPids}
kill -KILL $patroni $pg $etcd 2>/dev/null
echo "killed (SIGKILL): Patroni $patroni; PostgreSQL $pg; etcd $etcd"`;
