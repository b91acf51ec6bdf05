#!/usr/bin/env bash
# A test stage on the lab rebuilt in another mode: `lab_mode_stage NAME FLAG PROJECT [vitest args...]`
# rebuilds the lab with `pnpm lab up FLAG`, runs the vitest project PROJECT against it, and rebuilds the
# normal lab at the end, whatever happens. Prints each phase's time as "NAME: PHASE took N s".
# Used by scripts/test-guide-lab.sh and scripts/test-secure-lab.sh; sourced, after node-env.sh.
lab_mode_stage() {
  local name=$1 flag=$2 project=$3
  shift 3
  started=$SECONDS
  phase_start=$SECONDS
  stage_name=$name
  phase() { echo "$stage_name: $1 took $((SECONDS - phase_start)) s"; phase_start=$SECONDS; }
  restore() {
    local rc=$?
    phase_start=$SECONDS
    echo "==> back to the normal lab"
    pnpm lab down && pnpm lab up
    local restored=$?
    phase "normal lab back up"
    echo "$stage_name: the stage took $((SECONDS - started)) s"
    if [ "$restored" -ne 0 ]; then exit 1; fi
    exit "$rc"
  }
  trap restore EXIT
  pnpm lab down && pnpm lab up "$flag" || exit 1
  phase "$name up"
  pnpm exec vitest run --project "$project" "$@"
  local rc=$?
  phase "$project tests"
  exit "$rc"
}
