#!/bin/bash
# PID 1 of one lab host. Started by the lab as
#   ip netns exec LAB_NAME-NAME unshare --mount --uts --ipc --pid --fork --mount-proc \
#     --propagation private bash keel-lab-pid1.sh NAME HOST_DIR LAB_DIR
# It gives the host its own view of the filesystem, then reaps orphans forever.
# Killing it (SIGKILL from the machine) kills every process of the host at once: that is
# how `pnpm lab crash` simulates a host losing power.
#
# Everything is inside main() so bash has parsed the whole file before it runs: the file
# may be replaced while the host runs.
set -euo pipefail

main() {
  local name=$1 host_dir=$2 lab_dir=$3

  # The host's "disk": overlays whose upper layers persist in the lab dir across crashes
  # and restarts. Bind mounts of single files are not enough (a missed file would be the
  # machine's own), so whole directories are overlaid. /var/lib goes last: the lab dir
  # usually lives under it, and overlayfs refuses lookups into its own layers afterwards.
  local dir key
  for dir in /etc /var/log /root /var/lib; do
    key=${dir#/}
    key=${key//\//-}
    mkdir -p "$host_dir/upper/$key" "$host_dir/work/$key"
    mount -t overlay "keel-$name-$key" \
      -o "lowerdir=$dir,upperdir=$host_dir/upper/$key,workdir=$host_dir/work/$key" "$dir"
  done

  # Run-time state starts empty on every boot, as on a real host.
  mount -t tmpfs -o mode=755,size=64m "keel-$name-run" /run
  install -d -m 755 /run/sshd /run/keel-lab
  install -d -m 2775 -o postgres -g postgres /run/postgresql
  install -d -m 775 -o haproxy -g haproxy /run/haproxy
  mount -t tmpfs -o mode=1777,size=256m "keel-$name-tmp" /tmp
  mount -t tmpfs -o mode=1777,size=256m "keel-$name-shm" /dev/shm

  # Hide the lab's state (other hosts' disks, the SSH private key, credentials).
  if [[ -d $lab_dir ]]; then
    mount -t tmpfs -o mode=700,size=64k "keel-$name-hidden" "$lab_dir"
  fi

  hostname "$name"
  touch /run/keel-lab/ready

  # As PID 1 of the namespace, orphans are re-parented to us. bash reaps every child it
  # is signalled about (waitpid(-1)), so a `wait` in the loop collects them too.
  trap '' TERM INT HUP
  while :; do
    sleep 1 &
    wait || true
  done
}

main "$@"
