#!/usr/bin/env bash
# The guide-style lab's tests (`pnpm test:guide`, and the last stage of `pnpm test`): rebuilds the lab
# as older guides set a cluster up (`pnpm lab up --guide`: Patroni's etcd: section on etcd's v2 API,
# HAProxy checking /master), runs the `guide` test project against it, and rebuilds the normal lab at
# the end, whatever happens. Prints each phase's time. Extra arguments go to vitest (e.g. a reporter).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
started=$SECONDS
phase_start=$SECONDS
phase() { echo "guide lab: $1 took $((SECONDS - phase_start)) s"; phase_start=$SECONDS; }
restore() {
  local rc=$?
  phase_start=$SECONDS
  echo "==> back to the normal lab"
  pnpm lab down && pnpm lab up
  local restored=$?
  phase "normal lab back up"
  echo "guide lab: the stage took $((SECONDS - started)) s"
  if [ "$restored" -ne 0 ]; then exit 1; fi
  exit "$rc"
}
trap restore EXIT
pnpm lab down && pnpm lab up --guide || exit 1
phase "guide lab up"
pnpm exec vitest run --project guide "$@"
rc=$?
phase "guide tests"
exit "$rc"
