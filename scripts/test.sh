#!/usr/bin/env bash
# `pnpm test`: every test, in order of cost. Integration and browser tests run against the real lab,
# which is started (idempotently) first. Ends with one summary line: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
rm -rf test-results && mkdir -p test-results
failed_stage=""
stage() {
  local name=$1; shift
  echo; echo "==> $name"
  if ! "$@"; then
    echo "!! $name failed"
    failed_stage="${failed_stage:+$failed_stage, }$name"
  fi
}

stage lint pnpm run --silent lint
stage typecheck pnpm run --silent typecheck
stage unit pnpm exec vitest run --project unit --reporter=default --reporter=json --outputFile=test-results/unit.json
# The production install (scripts/install-production.sh into a temporary prefix, started as keel.service
# would start it): 40-90 s here (the build, three starts); needs root, not the lab.
stage "production install" pnpm exec vitest run --project install --reporter=default --reporter=json \
  --outputFile=test-results/install.json
stage "lab up" pnpm lab up
stage integration pnpm exec vitest run --project integration --reporter=default --reporter=json \
  --outputFile=test-results/integration.json
stage "browser (e2e)" pnpm --filter @keel/e2e exec playwright test -c playwright.config.ts
# Last, as they rebuild the lab twice each (guide-style or secure, then normal again): nothing after
# them needs the lab.
stage "guide lab" bash scripts/test-guide-lab.sh --reporter=default --reporter=json \
  --outputFile=test-results/guide.json
stage "secure lab" bash scripts/test-secure-lab.sh --reporter=default --reporter=json \
  --outputFile=test-results/secure.json

node scripts/summarize-tests.mjs test-results
if [ -n "$failed_stage" ]; then
  echo "failed stages: $failed_stage"
  exit 1
fi
