#!/usr/bin/env bash
# Proves the README's two commands on a truly fresh Debian 12: builds a minimal Debian 12 root with
# debootstrap (kept as a pristine tarball and reused; every run starts from a new copy of it), copies
# the repository's git-tracked files in, and runs README command 2 (`bash scripts/test-all.sh`) in it
# as root, with its own PID and mount namespaces and /proc, /sys, /dev, /dev/shm and /run mounted. Its
# lab runs on another bridge and subnet (KEEL_LAB_SUBNET, KEEL_LAB_NAME), beside any lab on this
# machine. Setup runs once first under strace, to show which hosts an install reaches. Prints each
# phase's time, the network report and the test summary; cleans up even when something fails.
#
# It uses a lab: run it under the machine-wide lock (20-30 minutes; not part of CI):
#   flock /tmp/keel-lab.flock bash scripts/check-fresh-machine.sh
#   bash scripts/check-fresh-machine.sh --prepare      # only build the pristine root (no lab, no lock)
#   bash scripts/check-fresh-machine.sh --setup-only   # stop after setup and its network check (no lab)
#   bash scripts/check-fresh-machine.sh --lock /tmp/keel-lab.flock
#       takes the lock itself, only for the phases that use a lab (setup needs none), so others wait less
# Settings: KEEL_FRESH_DIR (/var/tmp/keel-fresh: the pristine tarball and the run's root),
# KEEL_FRESH_REBUILD=1 (debootstrap anew), KEEL_FRESH_KEEP=1 (leave the run's root for a look),
# KEEL_FRESH_SUBNET (10.232.0.0/24), KEEL_FRESH_E2E_PORT (8281).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$PWD

log() { printf '[check-fresh-machine] %s\n' "$*" >&2; }
[[ $(id -u) -eq 0 ]] || { log "must run as root (debootstrap, chroot, namespaces)"; exit 1; }

DIR=${KEEL_FRESH_DIR:-/var/tmp/keel-fresh}
PRISTINE=$DIR/bookworm-minbase.tar
ROOT=$DIR/root
LOGS=$DIR/logs
export KEEL_LAB_SUBNET=${KEEL_FRESH_SUBNET:-10.232.0.0/24}
export KEEL_LAB_NAME=kfresh
export KEEL_E2E_PORT=${KEEL_FRESH_E2E_PORT:-8281}
IN_ROOT=/root/keel

PHASES=()
# Each phase runs in a subshell with errexit on (a function called from `||` or `if` would run with
# it off), so what a phase finds out goes through files.
phase() {
  local name=$1 start=$SECONDS status errexit=${-//[^e]/}
  shift
  log "phase: $name"
  set +e
  (set -e; "$@")
  status=$?
  # As the caller had it: on, a failed phase ends the check; off, the caller looks at the status.
  [[ -z $errexit ]] || set -e
  PHASES+=("$(printf '%-34s %5d s%s' "$name" $((SECONDS - start)) "$([[ $status -eq 0 ]] || echo "  FAILED ($status)")")")
  return $status
}

report() {
  echo
  echo "fresh-machine check (${COPIED:-nothing copied}; lab $KEEL_LAB_SUBNET):"
  local line
  for line in "${PHASES[@]}"; do
    echo "  $line"
    # setup.sh's steps, as the traced run timed them
    [[ $line == setup* && -f $LOGS/steps ]] && awk '{printf "    %-32s %5d s\n", $1 ".sh", $2}' "$LOGS/steps"
  done
  [[ ${#PHASES[@]} -lt 4 ]] && return
  cat "$LOGS/network.txt" 2>/dev/null || echo "network: (no report)"
  [[ ${#PHASES[@]} -lt 6 ]] && return
  echo "test summary: $(grep . "$LOGS/summary.txt" 2>/dev/null || echo '(none printed)')"
}

cleanup() {
  local status=$?
  # Nothing of the root's stays mounted (its mounts live in namespaces that ended with its
  # commands; this catches any made in the machine's own).
  grep -F " $ROOT/" /proc/self/mountinfo | awk '{print $5}' | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
  # The lab's links went with its namespaces; its bridge is on the machine's side.
  [[ -e /sys/class/net/$KEEL_LAB_NAME-lab0 ]] && ip link del "$KEEL_LAB_NAME-lab0" 2>/dev/null
  [[ ${#PHASES[@]} -gt 0 ]] && report
  if [[ -z ${KEEL_FRESH_KEEP:-} ]]; then rm -rf "$ROOT"; else log "kept $ROOT"; fi
  exit $status
}

mirror() { awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources; }

make_pristine() {
  if [[ -f $PRISTINE && -z ${KEEL_FRESH_REBUILD:-} ]]; then
    log "reusing $PRISTINE (made $(date -r "$PRISTINE" '+%F %T'); KEEL_FRESH_REBUILD=1 makes it anew)"
    return
  fi
  command -v debootstrap >/dev/null || apt-get install -y -q --no-install-recommends debootstrap
  local stage=$DIR/pristine.partial
  rm -rf "$stage" && mkdir -p "$stage"
  debootstrap --variant=minbase bookworm "$stage" "$(mirror)" >"$LOGS/debootstrap.log" 2>&1 ||
    { log "debootstrap failed: see $LOGS/debootstrap.log"; return 1; }
  tar -C "$stage" --numeric-owner -cf "$PRISTINE.partial" . && mv "$PRISTINE.partial" "$PRISTINE"
  rm -rf "$stage"
}

fresh_root() {
  rm -rf "$ROOT" && mkdir -p "$ROOT"
  tar -C "$ROOT" --numeric-owner -xf "$PRISTINE"
  # What this workplace gives every machine, fresh or not: its apt sources, name resolution, and the
  # certificate authorities its network's TLS needs (picked up when ca-certificates is installed).
  rm -f "$ROOT/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$ROOT/etc/apt/sources.list.d/"
  cp /etc/resolv.conf /etc/hosts "$ROOT/etc/"
  if compgen -G '/usr/local/share/ca-certificates/*' >/dev/null; then
    mkdir -p "$ROOT/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/* "$ROOT/usr/local/share/ca-certificates/"
  fi
}

copy_repository() {
  # What was copied, said at the end: the repository may have moved on during a long check.
  COPIED="$(git -C "$REPO" rev-parse --short HEAD)$(git -C "$REPO" diff --quiet HEAD || echo ', with uncommitted changes')"
  mkdir -p "$ROOT$IN_ROOT"
  git -C "$REPO" ls-files -z | tar -C "$REPO" --null -T - -cf - | tar -C "$ROOT$IN_ROOT" -xf -
}

in_root() { unshare --pid --fork --mount --propagation private bash "$REPO/scripts/lib/in-fresh-root.sh" "$ROOT" "$@"; }

traced_setup() {
  local status=0
  # connect() shows every address reached, the DNS queries sent show every name looked up. The trace
  # is read inside the root, with the Node.js that setup installed there. setup.sh's three steps run
  # one by one here, so each gets its time.
  mkdir -p "$ROOT/trace"
  strace -f --seccomp-bpf -xx -s 512 -e trace=connect,sendto,sendmsg,sendmmsg -o "$ROOT/trace/setup.trace" \
    unshare --pid --fork --mount --propagation private bash "$REPO/scripts/lib/in-fresh-root.sh" "$ROOT" \
    bash -c "cd $IN_ROOT && for step in install-system install-node install-node-deps; do
        start=\$SECONDS; bash scripts/\$step.sh || exit; echo \"\$step \$((SECONDS - start))\" >>/trace/steps; done" \
    >"$LOGS/setup.log" 2>&1 || status=$?
  cp "$ROOT/trace/steps" "$LOGS/steps" 2>/dev/null || true
  [[ ${status:-0} -eq 0 ]] || { log "setup failed: see $LOGS/setup.log"; tail -n 30 "$LOGS/setup.log" >&2; return 1; }
}

# The hosts of the root's apt sources and of the npm registry its pnpm uses: the only ones allowed.
registry_hosts() {
  awk '/^URIs:/ {for (i = 2; i <= NF; i++) print $i}' "$ROOT/etc/apt/sources.list.d/debian.sources"
  in_root bash -c "cd $IN_ROOT && /opt/keel/node/bin/pnpm config get registry"
}

network_report() {
  local args=() host address
  while read -r address; do args+=(--resolver "$address"); done < <(awk '/^nameserver/ {print $2}' /etc/resolv.conf)
  while read -r host; do
    args+=(--allow-host "$host")
    while read -r address _; do args+=(--allow-address "$address"); done < <(getent ahosts "$host")
  done < <(registry_hosts | sed -nE 's#^[a-z]+://([^/:]+).*#\1#p' | sort -u)
  in_root /opt/keel/node/bin/node "$IN_ROOT/scripts/lib/network-report.ts" /trace/setup.trace "${args[@]}" \
    >"$LOGS/network.txt" 2>&1 || { cat "$LOGS/network.txt" >&2; return 1; }
}

command_2() {
  local status=0
  in_root bash -c "cd $IN_ROOT && bash scripts/test-all.sh" 2>&1 | tee "$LOGS/command-2.log" || status=$?
  grep -E '^[0-9]+ passed, [0-9]+ failed' "$LOGS/command-2.log" | tail -n 1 >"$LOGS/summary.txt" || true
  return $status
}

lab_down() { in_root bash -c "cd $IN_ROOT && /opt/keel/node/bin/pnpm --silent lab down"; }

rm -rf "$LOGS" && mkdir -p "$DIR" "$LOGS"
if [[ ${1:-} == --prepare ]]; then
  phase "pristine root (debootstrap)" make_pristine
  report
  exit 0
fi
trap cleanup EXIT
phase "pristine root (debootstrap)" make_pristine
phase "root from the pristine tarball" fresh_root
phase "copy repository (git-tracked files)" copy_repository
phase "setup (first run, traced)" traced_setup
phase "network check of setup" network_report
[[ ${1:-} == --setup-only ]] && exit 0
if [[ ${1:-} == --lock ]]; then
  log "waiting for the lab lock ${2:?--lock needs a file}"
  exec {lock_fd}>"$2"
  phase "waiting for the lab lock" flock "$lock_fd"
fi
# The lab comes down even when tests failed (no `||` here: it would turn errexit off in the phase).
set +e
phase "README command 2 (test-all.sh)" command_2
status=$?
phase "lab down" lab_down
set -e
exit $status
