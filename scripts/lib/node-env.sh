# shellcheck shell=sh
# Sourced by every script that runs Node.js or pnpm: Keel's own Node.js and pnpm (installed by
# scripts/install-node.sh into KEEL_NODE_HOME) come first on PATH, whatever `node` the machine has
# elsewhere (/usr/bin/node may be Debian's 18 or another release).
KEEL_NODE_HOME=/opt/keel/node
case ":$PATH:" in
  ":$KEEL_NODE_HOME/bin:"*) ;;
  *) PATH="$KEEL_NODE_HOME/bin:$PATH" ;;
esac
export PATH KEEL_NODE_HOME
# Installs reach no host but the npm registry. node-gyp builds native addons against this Node's
# headers ($KEEL_NODE_HOME/include/node) instead of downloading a header tarball, and better-sqlite3's
# prebuild-install, told to build from source, exits before it would download a prebuilt binary from
# a code-hosting site. pnpm runs build scripts through lib/script-shell.sh, which sources this file,
# so a plain `pnpm install` gets both too.
export npm_config_nodedir=$KEEL_NODE_HOME
export npm_config_build_from_source=true
# The Prisma CLI (`prisma generate` in the build) otherwise asks Prisma's own host for updates.
export CHECKPOINT_DISABLE=1
