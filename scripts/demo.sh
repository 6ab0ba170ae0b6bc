#!/usr/bin/env bash
# The main job on the bundled sample scans, on the embedded default (no servers).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh
exec .venv/bin/hoso demo "$@"
