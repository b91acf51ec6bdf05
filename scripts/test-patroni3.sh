#!/usr/bin/env bash
# `pnpm test:patroni3`: the live-status and operations lab tests against Debian 12's Patroni 3.0.2
# (roles `master`, older REST answers) instead of the lab's default 4.0.7. Rebuilds the lab for it,
# and rebuilds it with Patroni 4 at the end, whatever happens. Not part of `pnpm test` (it remakes the lab).
set -uo pipefail
cd "$(dirname "$0")/.."
restore() {
  echo "==> back to the default lab (Patroni 4)"
  pnpm lab down && env -u KEEL_LAB_PATRONI pnpm lab up
}
trap restore EXIT
pnpm lab down
export KEEL_LAB_PATRONI=3
pnpm lab up
pnpm exec vitest run --project integration \
  apps/server/test/live-status.integration.test.ts \
  apps/server/test/operations.integration.test.ts \
  apps/server/test/etcd-watch.integration.test.ts
