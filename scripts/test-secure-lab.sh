#!/usr/bin/env bash
# The secure lab's tests (`pnpm test:secure`, and a stage of `pnpm test`): rebuilds the lab with TLS and
# authentication (`pnpm lab up --secure`: a lab CA; etcd over TLS with client-cert auth and users;
# Patroni's REST API on HTTPS with a login on writes; PostgreSQL with ssl; HAProxy checking over HTTPS),
# runs the `secure` test project against it, and rebuilds the open lab at the end, whatever happens.
# Prints each phase's time. Extra arguments go to vitest (e.g. a reporter).
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
. scripts/lib/lab-mode-stage.sh
lab_mode_stage "secure lab" --secure secure "$@"
