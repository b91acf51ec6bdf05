#!/usr/bin/env bash
# Installs the Debian packages Keel and its local lab cluster need on a fresh Debian 12 machine (run
# as root): the lab's services, Chromium for the browser tests, and the compiler and Python that
# node-gyp builds native addons (better-sqlite3, ssh2) with.
#
# Idempotent and quick when already done: apt is skipped entirely when every package is
# installed, and the Debian 13 Patroni is fetched only when its unpack dir is missing.
#
#   sudo bash scripts/install-system.sh
set -euo pipefail

log() { printf '[install-system] %s\n' "$*" >&2; }

if [[ $(id -u) -ne 0 ]]; then
  log "must run as root"
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive

# Debian 12 packages. `patroni` is bookworm's 3.0.2: we keep it as the optional
# KEEL_LAB_PATRONI=3 runtime and because it pulls in every Python dependency that
# Patroni 4.0.7 needs (python3-etcd, psycopg2, yaml, click, prettytable, ...).
# python3-ydiff is not in bookworm; it comes from trixie (install-lab-patroni.sh).
PACKAGES=(
  postgresql postgresql-15 postgresql-contrib
  patroni
  etcd-server etcd-client
  haproxy
  pgbackrest
  openssh-server
  iproute2 procps psmisc util-linux
  # nftables: a failover drill isolates a lab host from inside it, as it would a real one over SSH.
  nftables
  chromium chromium-driver
  ca-certificates curl
  # openssl: the secure lab's CA and certificates (`pnpm lab up --secure`); python3-idna: Patroni's
  # urllib3 needs it for https:// etcd (without it: "No module named 'idna'", waiting on etcd forever).
  openssl python3-idna
  build-essential python3
)

# Prints the packages from PACKAGES that are not fully installed.
missing_packages() {
  local pkg status
  for pkg in "${PACKAGES[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
    [[ $status == "install ok installed" ]] || printf '%s\n' "$pkg"
  done
}

# ---------------------------------------------------------------------------------------
# 1. apt packages, with no daemon started on the machine.
# ---------------------------------------------------------------------------------------
mapfile -t MISSING < <(missing_packages)
if ((${#MISSING[@]} == 0)); then
  log "apt packages: all ${#PACKAGES[@]} already installed, skipping apt"
else
  log "apt packages missing: ${MISSING[*]}"
  # invoke-rc.d asks policy-rc.d whether it may start a service; 101 means "no". Without
  # it, installing etcd-server/haproxy/postgresql would start daemons on the machine
  # itself, where they would take the ports the lab hosts want to use.
  POLICY=/usr/sbin/policy-rc.d
  POLICY_BACKUP=""
  if [[ -e $POLICY ]]; then
    POLICY_BACKUP=$(mktemp)
    cp -p "$POLICY" "$POLICY_BACKUP"
  fi
  restore_policy() {
    if [[ -n $POLICY_BACKUP ]]; then mv -f "$POLICY_BACKUP" "$POLICY"; else rm -f "$POLICY"; fi
  }
  trap restore_policy EXIT
  printf '#!/bin/sh\n# temporary, from keel scripts/install-system.sh\nexit 101\n' >"$POLICY"
  chmod 755 "$POLICY"

  # The package lists may be missing on a fresh machine (or in a fresh container).
  if ! compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null; then
    log "apt-get update"
    apt-get update -q
  fi
  log "apt-get install ${MISSING[*]}"
  if ! apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"; then
    # A stale package list can point at versions that are gone: refresh once and retry.
    log "install failed, refreshing package lists and retrying"
    apt-get update -q
    apt-get install -y -q --no-install-recommends "${PACKAGES[@]}"
  fi
  restore_policy
  trap - EXIT
fi

# ---------------------------------------------------------------------------------------
# 2. No machine-level service from the packages: the lab runs its own inside namespaces.
# ---------------------------------------------------------------------------------------
# Debian's postgresql package creates a `15/main` cluster on port 5432. Drop it (it holds
# no data of ours); the lab's hosts would otherwise see it through their /etc overlays.
if [[ -d /etc/postgresql/15/main ]]; then
  log "dropping the machine's postgresql 15/main cluster"
  pg_dropcluster --stop 15 main
fi
# Stop daemons that a package may have started anyway (e.g. installed before this script
# ran, without the policy). Only processes running in the machine's own namespaces: the
# lab hosts' processes live in their own PID namespaces and are left alone.
# (sshd is left alone: it may be how someone reaches this machine.)
for daemon in etcd haproxy; do
  for pid in $(pgrep -x "$daemon" --ns 1 2>/dev/null || true); do
    log "stopping machine-level $daemon (pid $pid)"
    kill "$pid" 2>/dev/null || true
  done
done

# ---------------------------------------------------------------------------------------
# 3. Debian 13's Patroni 4.0.7 for the lab, pinned by version and sha256.
# ---------------------------------------------------------------------------------------
bash "$(dirname "$0")/install-lab-patroni.sh"
