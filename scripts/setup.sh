#!/usr/bin/env bash
# Everything Keel needs on a Debian 12 machine, as root: system packages (with a compiler for native
# addons), the lab's Patroni, Keel's own Node.js and pnpm in /opt/keel/node, the dependencies, the
# build. Idempotent; a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/install-node.sh
bash scripts/install-node-deps.sh
