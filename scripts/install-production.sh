#!/usr/bin/env bash
# Installs Keel for production from this checkout (after scripts/setup.sh, or at least install-node.sh
# and install-node-deps.sh): builds, installs the compiled server with its runtime dependencies only, and
# sets up the keel user, /etc/keel/keel.env (kept if it exists), /var/lib/keel and keel.service.
# Run as root. Again after `git pull` to upgrade (back up first: docs/production.md).
#
#   scripts/install-production.sh [--prefix DIR] [--config FILE] [--data-dir DIR] [--user NAME]
#                                 [--unit-dir DIR] [--no-build]
#
# Every default is what keel.service expects; the options exist so a test can install into a temporary
# place (apps/server/test/production-install.install.test.ts). Nothing is written outside them.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
umask 022

prefix=/opt/keel/app
config=/etc/keel/keel.env
data_dir=/var/lib/keel
user=keel
unit_dir=/etc/systemd/system
build=yes
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) prefix=$2; shift 2 ;;
    --config) config=$2; shift 2 ;;
    --data-dir) data_dir=$2; shift 2 ;;
    --user) user=$2; shift 2 ;;
    --unit-dir) unit_dir=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    -h | --help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "keel: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
for dir in "$prefix" "$config" "$data_dir" "$unit_dir"; do
  case $dir in /*) ;; *) echo "keel: $dir must be an absolute path" >&2; exit 2 ;; esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "keel: run as root (it creates the $user user, $config and $data_dir)" >&2
  exit 1
fi
if [ ! -x "$KEEL_NODE_HOME/bin/node" ]; then
  echo "keel: Keel's Node.js is missing in $KEEL_NODE_HOME: run bash scripts/install-node.sh" >&2
  exit 1
fi
case $data_dir/ in "$PWD"/*) echo "keel: the data directory must not be inside the checkout" >&2; exit 2 ;; esac

if [ $build = yes ]; then
  echo "==> building (server bundle, Prisma client, web app)"
  pnpm run --silent build >/dev/null
fi
[ -f apps/server/dist/cli.js ] && [ -f apps/web/dist/index.html ] || {
  echo "keel: no build found (apps/server/dist, apps/web/dist): run without --no-build" >&2
  exit 1
}

# Assembled beside the prefix and moved into place at the end, so a failed install leaves the old one.
stage=$prefix.new.$$
old=$prefix.old.$$
trap 'rm -rf "$stage"' EXIT
rm -rf "$stage"
echo "==> installing into $prefix (runtime dependencies only)"
mkdir -p "$(dirname "$prefix")"
# The server package with its production dependencies (no tsx, TypeScript tooling, Vite or test tools).
# From pnpm's store; a package whose full metadata the store lacks (one added with `pnpm add`) is
# looked up in the npm registry, the only place this reaches.
pnpm --filter @keel/server deploy --prod --prefer-offline --reporter=silent "$stage/apps/server"
rm -f "$stage/apps/server/pnpm-lock.yaml" "$stage/apps/server/pnpm-workspace.yaml"
mkdir -p "$stage/apps/web" "$stage/prisma" "$stage/bin" "$stage/docs" "$stage/deploy"
cp -r apps/web/dist "$stage/apps/web/dist"
cp -r prisma/schema.prisma prisma/migrations "$stage/prisma/"
cp -r templates "$stage/templates"
cp docs/production.md "$stage/docs/"
cp deploy/keel.env.example "$stage/deploy/"

# keel.service with this install's paths written in (StateDirectory= only fits /var/lib/<name>).
render_unit() {
  sed -e "s|/opt/keel/app|$prefix|g" -e "s|/opt/keel/node|$KEEL_NODE_HOME|g" \
    -e "s|/etc/keel/keel.env|$config|g" -e "s|/var/lib/keel|$data_dir|g" \
    -e "s|^User=keel$|User=$user|" -e "s|^Group=keel$|Group=$user|" deploy/keel.service |
    if [ "$data_dir" = "/var/lib/$(basename "$data_dir")" ]; then
      sed -e "s|^StateDirectory=keel$|StateDirectory=$(basename "$data_dir")|"
    else
      grep -v '^StateDirectory'
    fi
}
render_unit >"$stage/deploy/keel.service"

# `keel <command>` with the service's configuration: run it as the service's user, e.g.
# `runuser -u keel -- /opt/keel/app/bin/keel backup`. Reads the env file as systemd does: KEY=value lines.
cat >"$stage/bin/keel" <<WRAPPER
#!/bin/sh
if [ -r '$config' ]; then
  while IFS= read -r line || [ -n "\$line" ]; do
    case \$line in '' | '#'*) ;; *=*) export "\$line" ;; esac
  done <'$config'
fi
exec '$KEEL_NODE_HOME/bin/node' --enable-source-maps '$prefix/apps/server/dist/cli.js' "\$@"
WRAPPER
chmod 755 "$stage/bin/keel"
chmod -R u=rwX,go=rX "$stage"

if [ -e "$prefix" ]; then mv "$prefix" "$old"; fi
mv "$stage" "$prefix"
rm -rf "$old"
trap - EXIT

echo "==> user $user, $data_dir, $config"
if ! id -u "$user" >/dev/null 2>&1; then
  useradd --system --user-group --home-dir "$data_dir" --no-create-home --shell /usr/sbin/nologin "$user"
fi
install -d -m 0700 -o "$user" -g "$user" "$data_dir"
if [ -e "$config" ]; then
  echo "    $config exists: kept as it is (compare with $prefix/deploy/keel.env.example)"
else
  install -d -m 0750 -o root -g "$user" "$(dirname "$config")"
  sed -e "s|^KEEL_DATA_DIR=.*|KEEL_DATA_DIR=$data_dir|" deploy/keel.env.example >"$config"
  chown "root:$user" "$config"
  chmod 0640 "$config"
  echo "    $config written from deploy/keel.env.example"
fi

mkdir -p "$unit_dir"
install -m 0644 "$prefix/deploy/keel.service" "$unit_dir/keel.service"
if command -v systemd-analyze >/dev/null; then systemd-analyze verify "$unit_dir/keel.service"; fi
if [ -d /run/systemd/system ] && [ "$unit_dir" = /etc/systemd/system ]; then
  systemctl daemon-reload
  if systemctl is-active --quiet keel; then
    echo "==> restarting keel (migrations run at start)"
    systemctl restart keel
  else
    echo "==> done: systemctl enable --now keel; the first admin password: journalctl -u keel | grep one-time"
  fi
else
  echo "==> done: $unit_dir/keel.service installed (systemd is not running here: start it as the unit does)"
fi
