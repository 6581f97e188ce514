#!/usr/bin/env bash
# The check no one here wrote: the official tccli and Python SDK, installed from PyPI into a
# temporary virtualenv, pointed at `batchctl emulator serve`; every published example sent
# by tccli and by `batchctl api` with the same arguments must reach the emulator as the same
# body, signed acceptably. Not part of CI (it needs PyPI); run it after changing the client,
# the emulator's signature checks or the parameter syntax.
#
# Usage: scripts/conformance.sh            (builds the debug binary first)
# Knobs: VENV=DIR to reuse a virtualenv that has tccli and tencentcloud-sdk-python-batch.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --quiet --bin batchctl
venv=${VENV:-}
if [[ -z $venv ]]; then
    venv=$(mktemp -d "${TMPDIR:-/tmp}/batchctl-venv.XXXXXX")
    trap 'rm -rf "$venv"' EXIT
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet tccli tencentcloud-sdk-python-batch
fi
TCCLI="$venv/bin/tccli" PYTHON="$venv/bin/python" python3 scripts/conformance.py target/debug/batchctl
