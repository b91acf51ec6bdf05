#!/usr/bin/env bash
# README command 1: set everything up, start the lab cluster and run the dashboard at http://localhost:8080.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
bash scripts/setup.sh
echo "==> starting the lab cluster"
pnpm lab up
echo "==> registering the lab cluster in Keel"
pnpm --filter @keel/server register-lab
echo "==> Keel dashboard: http://localhost:${KEEL_PORT:-8080}  (Ctrl-C stops it; the lab stays up: pnpm lab down)"
exec pnpm start
