#!/bin/sh
# pnpm runs every script through this shell (`scriptShell` in pnpm-workspace.yaml): `pnpm run`,
# `pnpm exec`, and the install's build scripts. It puts Keel's own Node.js first on PATH, so a
# script never runs on whatever `node` the machine has, whichever pnpm started it.
. "$(dirname "$0")/node-env.sh"
if [ ! -x "$KEEL_NODE_HOME/bin/node" ]; then
  echo "keel: $KEEL_NODE_HOME/bin/node is missing: run \`bash scripts/setup.sh\` first" >&2
  exit 127
fi
exec /bin/sh "$@"
