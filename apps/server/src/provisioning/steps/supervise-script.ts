/**
 * Keel's supervisor for hosts without systemd (containers, the lab): `supervise start|stop|status NAME`.
 * The same services as the systemd units, with the same files; pid files in /run/keel. Uploaded to
 * /etc/keel/supervise; its settings (where Patroni is, which config files) are /etc/keel/supervise.env.
 */
export const SUPERVISE_SCRIPT = `#!/bin/sh
# Written by Keel (provisioning). Starts, stops and reports etcd, Patroni and HAProxy on a host
# without systemd. Usage: supervise start|stop|status etcd|patroni|haproxy
set -eu
# From /, whatever the caller's directory: Patroni's workers return to it, and /root is closed to postgres.
cd /
. /etc/keel/supervise.env
action=$1 name=$2
pids=/run/keel
pidfile=$pids/$name.pid
mkdir -p "$pids" /var/log/keel

running() {
  [ -f "$pidfile" ] || return 1
  pid=$(cat "$pidfile")
  st=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
  [ -n "$st" ] && [ "$st" != Z ]
}

launch() {
  log=/var/log/keel/$name.log
  case $name in
    etcd)
      setsid setpriv --reuid=etcd --regid=etcd --init-groups \\
        /bin/sh -c 'set -a; . "$0"; exec etcd' "$ETCD_CONFIG" >>"$log" 2>&1 </dev/null &
      ;;
    patroni)
      setsid setpriv --reuid=postgres --regid=postgres --init-groups \\
        env HOME="$POSTGRES_HOME" USER=postgres LOGNAME=postgres PYTHONPATH="$PATRONI_PYTHONPATH" \\
        python3 "$PATRONI_BIN" "$PATRONI_CONFIG" >>"$log" 2>&1 </dev/null &
      ;;
    haproxy)
      setsid haproxy -W -db -f "$HAPROXY_CONFIG" >>"$log" 2>&1 </dev/null &
      ;;
    *) echo "unknown service $name" >&2; exit 2 ;;
  esac
  echo $! >"$pidfile"
}

case $action in
  status)
    if running; then echo "$name: running"; else echo "$name: stopped"; exit 3; fi
    ;;
  start)
    if running; then echo "$name: already running"; else launch; echo "$name: started (pid $(cat "$pidfile"))"; fi
    ;;
  stop)
    if running; then
      kill "$(cat "$pidfile")"
      i=0
      while running && [ $i -lt 60 ]; do sleep 0.5; i=$((i + 1)); done
      if running; then echo "$name: did not stop in 30 s" >&2; exit 1; fi
      echo "$name: stopped"
    else
      echo "$name: not running"
    fi
    ;;
  *) echo "usage: supervise start|stop|status NAME" >&2; exit 2 ;;
esac
`;
