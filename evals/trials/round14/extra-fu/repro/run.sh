#!/usr/bin/env bash
# Reproduce round-14 extra-fu: eval run + the same conversations through `ask --batch`.
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
export HF_HUB_OFFLINE=1 PYTHONPATH=/tmp/r14code GANGWEI_EMBED_CACHE_DIR=/tmp/t14f/embcache
export GANGWEI_IGNORE="README.md,SOURCES.md,*.json"
mkdir -p /tmp/t14f
cd /tmp/r14code
GANGWEI_HOME=/tmp/t14f/evalhome /work/main/.venv/bin/python -m assistant eval \
  --corpus /work/shared/corpus-extra --set "$HERE/set.jsonl" --no-baseline --report /tmp/t14f/report
/work/main/.venv/bin/python "$HERE/repro/dump.py" /tmp/t14f/report/eval.json > /tmp/t14f/dump.txt
# conversations one by one (blank line = new conversation); answers are identical to the eval's
export GANGWEI_HOME=/tmp/t14f/home GANGWEI_CORPUS_DIR=/work/shared/corpus-extra
/work/main/.venv/bin/python -m assistant ingest
/work/main/.venv/bin/python -m assistant ask --batch "$HERE/repro/batch-all.txt" > /tmp/t14f/batch-all.out.jsonl
