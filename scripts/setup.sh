#!/usr/bin/env bash
# Everything Keel needs on a Debian 12 machine, as root: system packages, the lab's Patroni, pnpm,
# dependencies, build. Idempotent; a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/install-node-deps.sh
