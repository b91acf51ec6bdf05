#!/usr/bin/env bash
# README command 2: set everything up and run every test (lint, types, unit, integration on the lab, browser).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/node-env.sh
bash scripts/setup.sh
exec pnpm test
