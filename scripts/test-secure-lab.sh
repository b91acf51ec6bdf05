#!/usr/bin/env bash
# The secure lab's tests (`pnpm test:secure`, and a stage of `pnpm test`): rebuilds the lab with TLS and
# authentication (`pnpm lab up --secure`: a lab CA; etcd over TLS with client-cert auth and users;
# Patroni's REST API on HTTPS with a login on writes; PostgreSQL with ssl; HAProxy checking over HTTPS),
# runs the `secure` test project against it, and rebuilds the open lab at the end, whatever happens.
# Prints each phase's time. Extra arguments go to vitest (e.g. a reporter).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
started=$SECONDS
phase_start=$SECONDS
phase() { echo "secure lab: $1 took $((SECONDS - phase_start)) s"; phase_start=$SECONDS; }
restore() {
  local rc=$?
  phase_start=$SECONDS
  echo "==> back to the open lab"
  pnpm lab down && pnpm lab up
  local restored=$?
  phase "open lab back up"
  echo "secure lab: the stage took $((SECONDS - started)) s"
  if [ "$restored" -ne 0 ]; then exit 1; fi
  exit "$rc"
}
trap restore EXIT
pnpm lab down && pnpm lab up --secure || exit 1
phase "secure lab up"
pnpm exec vitest run --project secure "$@"
rc=$?
phase "secure tests"
exit "$rc"
