#!/usr/bin/env bash
# Runs a command as root inside the Debian root ROOT, the way a fresh machine would run it:
#   unshare --pid --fork --mount --propagation private bash scripts/lib/in-fresh-root.sh ROOT COMMAND...
# unshare gives it its own PID namespace (the root's /proc shows only its own processes, and every
# process it leaves behind, the lab included, dies with it) and its own mount namespace (nothing
# mounted here is seen by the machine, and it all goes when the namespace does). The mounts are
# also taken down explicitly on the way out. The network is the machine's: the package registries
# must be reachable, and the lab in the root uses its own bridge and subnet (KEEL_LAB_*).
set -euo pipefail
ROOT=$1
shift

MOUNTED=()
mount_in_root() {
  local target=$ROOT$1
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  MOUNTED+=("$target")
}
unmount_all() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount -R -l "${MOUNTED[i]}" 2>/dev/null || true
  done
}
trap unmount_all EXIT

# The root itself a mount point, as / is on a machine: `ip netns` remounts / as a slave in each
# namespace it enters, which fails on a plain directory.
mount_in_root / --bind "$ROOT"
mount_in_root /proc -t proc proc
mount_in_root /sys --rbind /sys
mount_in_root /dev --rbind /dev
# Its own shared memory (PostgreSQL's segments) and run-time dir (/run/netns of the lab).
mount_in_root /dev/shm -t tmpfs -o mode=1777 tmpfs
mount_in_root /run -t tmpfs -o mode=755 tmpfs

# A clean login environment: nothing of the caller's but what the check sets on purpose.
env_args=(HOME=/root LANG=C.UTF-8 TERM=dumb PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin)
for name in KEEL_LAB_SUBNET KEEL_LAB_NAME KEEL_E2E_PORT; do
  [[ -n ${!name:-} ]] && env_args+=("$name=${!name}")
done
# Not exec: the trap above must run when the command ends.
chroot "$ROOT" /usr/bin/env -i "${env_args[@]}" "$@"
