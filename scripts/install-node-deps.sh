#!/usr/bin/env bash
# Installs the workspace's dependencies with Keel's own Node.js and pnpm (scripts/install-node.sh) and
# builds what must be built. Idempotent and quick when nothing changed.
#
# Nothing here reaches a host other than the npm registry: native addons build from source against
# Keel's Node headers and better-sqlite3 never tries its prebuilt download (lib/node-env.sh), and
# Prisma's engine download is not allowed to run (allowBuilds in pnpm-workspace.yaml).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh

if [[ $(command -v node) != "$KEEL_NODE_HOME/bin/node" || $(command -v pnpm) != "$KEEL_NODE_HOME/bin/pnpm" ]]; then
  echo "keel: Node.js and pnpm are not installed in $KEEL_NODE_HOME: run bash scripts/install-node.sh" >&2
  exit 1
fi

echo "==> installing workspace dependencies (node $(node --version), pnpm $(pnpm --version))"
CI=true pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^\s*$' | tail -n 5

# A checkout installed under another Node.js (an upgrade of Keel's Node) keeps native addons built for
# that Node's ABI, and pnpm sees nothing to do: rebuild them when they do not load.
if ! (cd apps/server && node -e "require('better-sqlite3')(':memory:').close()" 2>/dev/null); then
  echo "==> native addons were built for another Node.js: rebuilding them for $(node --version)"
  pnpm rebuild better-sqlite3 | tail -n 2
fi

echo "==> building (Prisma client, web app)"
pnpm run --silent build >/dev/null
