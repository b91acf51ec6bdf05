#!/usr/bin/env bash
# The guide-style lab's tests (`pnpm test:guide`, and the last stage of `pnpm test`): rebuilds the lab
# as older guides set a cluster up (`pnpm lab up --guide`: Patroni's etcd: section on etcd's v2 API,
# HAProxy checking /master), runs the `guide` test project against it, and rebuilds the normal lab at
# the end, whatever happens. Prints each phase's time. Extra arguments go to vitest (e.g. a reporter).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
. scripts/lib/lab-mode-stage.sh
lab_mode_stage "guide lab" --guide guide "$@"
