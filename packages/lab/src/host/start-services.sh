#!/bin/bash
# Starts this lab host's services that are not already running; safe to run again.
# Written by the lab into /etc/keel-lab/start-services (inside the host's own /etc) and
# run by `pnpm lab up` and `pnpm lab restart NODE`. There is no systemd in the lab: this
# is the host's boot sequence. Settings come from /etc/keel-lab/host.env:
#   SERVICES         e.g. "sshd etcd patroni" or "sshd haproxy" (or just "sshd" for --bare)
#   PATRONI_BIN      the patroni script to run
#   PATRONI_PYTHONPATH  where its Python package lives ("" for the distribution's)
set -euo pipefail
# Services start from /, whoever calls this from where: Patroni's worker processes go back to the
# starting directory, and an SSH session's /root is closed to the postgres user.
cd /
# shellcheck source=/dev/null
. /etc/keel-lab/host.env

PIDS=/run/keel-lab

# True when the service's recorded process is alive (a zombie is dead).
running() {
  local pidfile=$PIDS/$1.pid pid state
  [[ -f $pidfile ]] || return 1
  pid=$(<"$pidfile")
  state=$(awk '{ print $3 }' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ -n $state && $state != Z ]]
}

# start NAME LOGFILE COMMAND...: runs COMMAND in its own session, output appended to LOGFILE.
start() {
  local name=$1 logfile=$2
  shift 2
  if running "$name"; then
    echo "$name: already running"
    return
  fi
  mkdir -p "$(dirname "$logfile")"
  setsid "$@" >>"$logfile" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
  echo "$name: started (pid $!)"
}

prepare_db() {
  # Debian's postgresql package made a 15/main cluster on the machine; a lab host must not
  # carry it (its overlay would show it). Drop it in this host's view only.
  if [[ -d /etc/postgresql/15/main ]]; then
    pg_dropcluster 15 main || rm -rf /etc/postgresql/15/main /var/lib/postgresql/15/main
  fi
  install -d -m 700 -o etcd -g etcd /var/lib/etcd /var/lib/etcd/keel-lab
  install -d -m 755 -o etcd -g etcd /var/log/etcd
  install -d -m 755 -o postgres -g postgres /var/lib/postgresql /var/lib/postgresql/15
  install -d -m 755 -o postgres -g postgres /var/log/patroni /var/log/postgresql
}

for service in $SERVICES; do
  case $service in
    sshd)
      start sshd /var/log/sshd/sshd.log /usr/sbin/sshd -D -e -f /etc/ssh/sshd_config
      ;;
    etcd)
      prepare_db
      # etcd reads its settings from ETCD_* variables: export everything in the file.
      start etcd /var/log/etcd/etcd.log setpriv --reuid=etcd --regid=etcd --init-groups \
        /bin/sh -c 'set -a; . /etc/default/etcd; exec /usr/bin/etcd'
      ;;
    patroni)
      prepare_db
      start patroni /var/log/patroni/patroni.out setpriv --reuid=postgres --regid=postgres --init-groups \
        env HOME=/var/lib/postgresql USER=postgres LOGNAME=postgres PYTHONPATH="$PATRONI_PYTHONPATH" \
        /usr/bin/python3 "$PATRONI_BIN" /etc/patroni/patroni.yml
      ;;
    haproxy)
      # -W: master-worker; -db: stay in the foreground so the lab can track it.
      start haproxy /var/log/haproxy/haproxy.log /usr/sbin/haproxy -W -db -f /etc/haproxy/haproxy.cfg
      ;;
    *)
      echo "unknown service $service" >&2
      exit 1
      ;;
  esac
done
