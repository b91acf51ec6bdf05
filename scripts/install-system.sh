#!/usr/bin/env bash
# Installs what Keel's local lab cluster needs on a fresh Debian 12 machine (run as root).
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

# Where Debian 13's Patroni 4.0.7 is unpacked. A machine install artifact (like an apt
# package), not lab state: `pnpm lab down` never removes it.
PATRONI4_VERSION=4.0.7
PATRONI4_DIR=/opt/keel-lab/patroni-${PATRONI4_VERSION}

# Debian 12 packages. `patroni` is bookworm's 3.0.2: we keep it as the optional
# KEEL_LAB_PATRONI=3 runtime and because it pulls in every Python dependency that
# Patroni 4.0.7 needs (python3-etcd, psycopg2, yaml, click, prettytable, ...).
# python3-ydiff is not in bookworm; it comes from trixie below.
PACKAGES=(
  postgresql postgresql-15 postgresql-contrib
  patroni
  etcd-server etcd-client
  haproxy
  openssh-server
  iproute2 procps psmisc util-linux
  chromium chromium-driver
  ca-certificates curl
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
# 3. Debian 13's Patroni 4.0.7, without touching the machine's apt sources.
# ---------------------------------------------------------------------------------------
# Debian 12's Patroni 3.0.2 loses acknowledged writes with etcd3 when an old primary
# returns (see shared/docs/environment.md). 4.0.7 is architecture-independent and runs on
# Debian 12 with bookworm's Python libraries; only python3-ydiff comes along from trixie.
if [[ -x $PATRONI4_DIR/usr/bin/patroni && -d $PATRONI4_DIR/usr/lib/python3/dist-packages/patroni ]]; then
  log "patroni $PATRONI4_VERSION: already unpacked in $PATRONI4_DIR, skipping"
else
  # Reuse the mirror the machine already uses for bookworm (deb822 or one-line format).
  MIRROR=""
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    MIRROR=$(awk '/^URIs:/ {uri=$2} /^Suites:/ && / bookworm( |$)/ {print uri; exit}' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [[ -z $MIRROR && -f /etc/apt/sources.list ]]; then
    MIRROR=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
  fi
  MIRROR=${MIRROR:-http://deb.debian.org/debian}

  WORK=$(mktemp -d /tmp/keel-trixie.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
  mkdir -p "$WORK/lists/partial" "$WORK/archives/partial"
  # apt downloads as the unprivileged _apt user: let it write there.
  chmod 755 "$WORK"
  chown -R _apt "$WORK/lists" "$WORK/archives" 2>/dev/null || true
  # A private one-line sources file and a private lists dir: the machine's own apt
  # configuration and package lists stay exactly as they were.
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $MIRROR trixie main" \
    >"$WORK/trixie.list"
  APT_OPTS=(
    -o "Dir::Etc::SourceList=$WORK/trixie.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$WORK/lists"
    -o "Dir::Cache::Archives=$WORK/archives"
    -o "APT::Get::List-Cleanup=0"
  )
  log "fetching trixie package list from $MIRROR (private lists dir)"
  apt-get "${APT_OPTS[@]}" update -q
  log "downloading trixie patroni and python3-ydiff"
  chown _apt "$WORK" 2>/dev/null || true
  (cd "$WORK" && apt-get "${APT_OPTS[@]}" download "patroni=$PATRONI4_VERSION*" python3-ydiff)

  # Unpack into a temp dir next to the target, then move it into place, so an interrupted
  # run never leaves a half-unpacked dir that the skip check above would accept.
  mkdir -p "$(dirname "$PATRONI4_DIR")"
  STAGE=$(mktemp -d "$PATRONI4_DIR.partial.XXXXXX")
  for deb in "$WORK"/patroni_*.deb "$WORK"/python3-ydiff_*.deb; do
    log "unpacking $(basename "$deb")"
    dpkg -x "$deb" "$STAGE"
  done
  rm -rf "$PATRONI4_DIR"
  mv "$STAGE" "$PATRONI4_DIR"
  chmod 755 "$PATRONI4_DIR"
  rm -rf "$WORK"
  trap - EXIT
fi

# A quick check that the unpacked Patroni runs with the machine's Python libraries
# (/usr/bin/python3 explicitly: a python3 earlier in PATH, e.g. pyenv's, lacks them).
if ! version=$(PYTHONPATH="$PATRONI4_DIR/usr/lib/python3/dist-packages" \
  /usr/bin/python3 "$PATRONI4_DIR/usr/bin/patroni" --version 2>&1); then
  log "patroni $PATRONI4_VERSION does not run: $version"
  exit 1
fi
log "ok: $version in $PATRONI4_DIR; $(/usr/bin/patroni --version 2>&1) in /usr/bin"
