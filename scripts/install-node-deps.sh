#!/usr/bin/env bash
# Installs pnpm (pinned), the workspace's dependencies and builds what must be built. Idempotent and quick
# when nothing changed. Needs Node.js >= 20.19 on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p 'require("./package.json").packageManager.split("@")[1]')
if ! node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)'; then
  echo "keel: Node.js >= 20.19 is required (found $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "==> installing pnpm $pnpm_version"
  npm install --global --no-fund --no-audit "pnpm@$pnpm_version"
fi

# Native addons (better-sqlite3) build from source against the local Node headers: nothing is downloaded.
export npm_config_nodedir=/usr
echo "==> installing workspace dependencies"
CI=true pnpm install --frozen-lockfile --reporter=append-only | grep -vE '^\s*$' | tail -n 5

echo "==> building (Prisma client, web app)"
pnpm run --silent build >/dev/null
