#!/usr/bin/env bash
# Unpacks Debian 13's Patroni 4.0.7 for the lab into /opt/keel-lab/patroni-4.0.7, without touching
# the machine's apt sources (run as root, after install-system.sh's apt packages).
#
# Debian 12's Patroni 3.0.2 loses acknowledged writes with etcd3 when an old primary returns (see
# shared/docs/environment.md). 4.0.7 is architecture-independent and runs on Debian 12 with bookworm's
# Python libraries; only python3-ydiff comes along from trixie.
#
# The two .debs are pinned by exact version and sha256, so the lab runs the same Patroni wherever
# and whenever it is installed. When Debian's mirror has moved on (trixie keeps only its newest
# version of a package), this fails and says what to do: put the pinned files in a directory and
# run again with KEEL_LAB_DEBS=that-directory; they are used from there, checked the same way.
set -euo pipefail

log() { printf '[install-lab-patroni] %s\n' "$*" >&2; }

PATRONI4_DIR=/opt/keel-lab/patroni-4.0.7
# package, exact version, the .deb's file name, its sha256
PINNED=(
  "patroni 4.0.7-3~deb13u1 patroni_4.0.7-3~deb13u1_all.deb b8a6d276d3adb0c9b8a6d6198575c6081134bd2038b4780d08a6c34375972931"
  "python3-ydiff 1.4.2-1 python3-ydiff_1.4.2-1_all.deb a190592dd43cc4e3a751133d407ae27d9275f896fe7a0c263461e87aabc8148e"
)
# Written into the unpacked dir: a dir unpacked from other files (an older pin) is unpacked anew.
MARKER=$PATRONI4_DIR/.keel-debs
marker_content() { printf '%s\n' "${PINNED[@]}"; }

wanted_files() {
  local entry fields
  for entry in "${PINNED[@]}"; do
    read -ra fields <<<"$entry"
    printf '  %s  (sha256 %s)\n' "${fields[2]}" "${fields[3]}"
  done
}

# Checks every pinned .deb in DIR against its sha256; prints what is missing or different.
verify_debs() {
  local dir=$1 entry fields bad=0
  for entry in "${PINNED[@]}"; do
    read -ra fields <<<"$entry"
    local file=$dir/${fields[2]}
    if [[ ! -f $file ]]; then
      log "missing: $file"
      bad=1
    elif [[ $(sha256sum "$file" | cut -d' ' -f1) != "${fields[3]}" ]]; then
      log "sha256 differs from the pinned one: $file"
      bad=1
    fi
  done
  return $bad
}

give_up() {
  log "$1"
  log "Put these files in a directory, e.g. from Debian's snapshot archive or another machine's"
  log "/var/cache/apt/archives, and run again with KEEL_LAB_DEBS=that-directory:"
  wanted_files >&2
  exit 1
}

# The mirror the machine already uses for bookworm (deb822 or one-line format).
bookworm_mirror() {
  local mirror=""
  if [[ -f /etc/apt/sources.list.d/debian.sources ]]; then
    mirror=$(awk '/^URIs:/ {uri=$2} /^Suites:/ && / bookworm( |$)/ {print uri; exit}' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [[ -z $mirror && -f /etc/apt/sources.list ]]; then
    mirror=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
  fi
  printf '%s' "$mirror"
}

# Downloads the pinned .debs from trixie into DIR through a private sources file and lists dir:
# the machine's own apt configuration and package lists stay exactly as they were.
download_debs() {
  local dir=$1 mirror entry fields
  mirror=$(bookworm_mirror)
  [[ -n $mirror ]] || give_up "found no bookworm source in /etc/apt to fetch trixie's Patroni from"
  mkdir -p "$dir/lists/partial" "$dir/archives/partial"
  # apt downloads as the unprivileged _apt user: let it write there.
  chmod 755 "$dir"
  chown -R _apt "$dir" 2>/dev/null || true
  echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $mirror trixie main" >"$dir/trixie.list"
  local apt_opts=(
    -o "Dir::Etc::SourceList=$dir/trixie.list"
    -o "Dir::Etc::SourceParts=/dev/null"
    -o "Dir::State::Lists=$dir/lists"
    -o "Dir::Cache::Archives=$dir/archives"
    -o "APT::Get::List-Cleanup=0"
  )
  local wanted=()
  for entry in "${PINNED[@]}"; do
    read -ra fields <<<"$entry"
    wanted+=("${fields[0]}=${fields[1]}")
  done
  log "fetching trixie's package list from $mirror (private lists dir)"
  apt-get "${apt_opts[@]}" update -q || give_up "could not read trixie's package list from $mirror"
  log "downloading ${wanted[*]}"
  (cd "$dir" && apt-get "${apt_opts[@]}" download "${wanted[@]}") ||
    give_up "Debian's mirror no longer has ${wanted[*]}"
}

if [[ -x $PATRONI4_DIR/usr/bin/patroni ]] && cmp -s "$MARKER" <(marker_content); then
  log "patroni: already unpacked in $PATRONI4_DIR from the pinned .debs, skipping"
else
  WORK=$(mktemp -d /tmp/keel-trixie.XXXXXX)
  trap 'rm -rf "$WORK"' EXIT
  if [[ -n ${KEEL_LAB_DEBS:-} ]]; then
    log "using the .debs in KEEL_LAB_DEBS=$KEEL_LAB_DEBS"
    DEBS=$KEEL_LAB_DEBS
    verify_debs "$DEBS" || give_up "KEEL_LAB_DEBS=$KEEL_LAB_DEBS does not hold the pinned files"
  else
    DEBS=$WORK
    download_debs "$DEBS"
    verify_debs "$DEBS" || give_up "the mirror's files differ from the pinned ones"
  fi
  # Unpacked into a temp dir next to the target, then moved into place, so an interrupted run never
  # leaves a half-unpacked dir that the skip check above would accept.
  mkdir -p "$(dirname "$PATRONI4_DIR")"
  STAGE=$(mktemp -d "$PATRONI4_DIR.partial.XXXXXX")
  for entry in "${PINNED[@]}"; do
    read -ra fields <<<"$entry"
    log "unpacking ${fields[2]}"
    dpkg -x "$DEBS/${fields[2]}" "$STAGE"
  done
  marker_content >"$STAGE/.keel-debs"
  rm -rf "$PATRONI4_DIR"
  mv "$STAGE" "$PATRONI4_DIR"
  chmod 755 "$PATRONI4_DIR"
fi

# A quick check that the unpacked Patroni runs with the machine's Python libraries
# (/usr/bin/python3 explicitly: a python3 earlier in PATH, e.g. pyenv's, lacks them).
if ! version=$(PYTHONPATH="$PATRONI4_DIR/usr/lib/python3/dist-packages" \
  /usr/bin/python3 "$PATRONI4_DIR/usr/bin/patroni" --version 2>&1); then
  log "patroni in $PATRONI4_DIR does not run: $version"
  exit 1
fi
log "ok: $version in $PATRONI4_DIR; $(/usr/bin/patroni --version 2>&1) in /usr/bin"
