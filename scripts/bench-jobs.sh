#!/usr/bin/env bash
# Benchmarks of `jobs tasks` and `jobs logs` over large jobs, against the local emulator.
#
# Builds the release binary, starts `batchctl emulator serve --speed 1000 --rate-limit 0`
# on a free loopback port (reading the endpoint and demo credentials from the lines it
# prints), submits jobs to its job world and waits for them to end, then measures:
#   - `jobs tasks JOB --all -o jsonl` and `-o csv` over one task of $BIG instances and,
#     to show that memory stays flat, of $SMALL instances (DescribeTask pages of 1000);
#   - `jobs logs JOB` (every instance, stdout and stderr) over $LOGS instances whose
#     command prints several KB on both streams, and over $LOGS_SMALL instances
#     (DescribeTaskLogs pages of 10; the service keeps the last 2048 bytes of each log).
# For each: wall time, user+sys CPU (medians of $RUNS runs) and peak RSS (the largest, GNU
# time) of batchctl alone, and a check of the output (row count, every instance present).
# The client runs with `--rate-limit 0`: pacing off, so the figures are batchctl's and the
# emulator's work, not the published per-action rate limits.
# Results are printed as Markdown tables on stdout; progress goes to stderr.
#
# Usage:   scripts/bench-jobs.sh            (from anywhere in the repository)
# Knobs:   BIG=10000  SMALL=1000  LOGS=100  LOGS_SMALL=10  RUNS=5  BUILD=1
#          BIN=target/release/batchctl (or $CARGO_TARGET_DIR/release/batchctl)
# Needs:   cargo (unless BUILD=0), python3, GNU time at /usr/bin/time.
#
# The emulator runs in its own process and is not counted in batchctl's CPU or RSS; its
# time to answer is part of every wall-clock figure. It is stopped on exit.

set -euo pipefail

BIG=${BIG:-10000}
SMALL=${SMALL:-1000}
LOGS=${LOGS:-100}
LOGS_SMALL=${LOGS_SMALL:-10}
RUNS=${RUNS:-5}
BUILD=${BUILD:-1}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/release/batchctl}

say() { printf 'bench-jobs.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# --- what is needed -----------------------------------------------------------------
missing=()
if [[ $BUILD == 1 ]] && ! command -v cargo >/dev/null; then
    missing+=("cargo (https://rustup.rs), or BUILD=0 with BIN=path/to/batchctl")
fi
if ! command -v python3 >/dev/null; then
    missing+=("python3 (apt-get install -y python3): computes statistics and checks the output")
fi
if ! /usr/bin/time -f '%M' -o /dev/null true 2>/dev/null; then
    missing+=("GNU time at /usr/bin/time (apt-get install -y time): measures peak RSS and CPU")
fi
if ((${#missing[@]})); then
    say "missing:"
    for m in "${missing[@]}"; do say "  - $m"; done
    exit 1
fi

# --- build --------------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    say "building the release binary"
    cargo build --release --quiet >&2
fi
[[ -x $BIN ]] || die "no binary at $BIN (build it, or set BIN)"

# shellcheck source=emulator-lib.sh
source scripts/emulator-lib.sh

# --- start the emulator -------------------------------------------------------------
start_emulator jobs --speed 1000 --rate-limit 0
export BATCHCTL_ENDPOINT=$STARTED
client=("$BIN" -q --rate-limit 0)

# --- jobs ---------------------------------------------------------------------------
# submit NAME INSTANCES COMMAND: submits a one-task job, waits until it ends, prints its ID.
submit() {
    local name=$1 n=$2 command=$3 id
    python3 - "$name" "$n" "$command" >"$TMP/$name.json" <<'EOF'
import json, sys
name, n, command = sys.argv[1], int(sys.argv[2]), sys.argv[3]
print(json.dumps({
    "Placement": {"Zone": "ap-guangzhou-3"},
    "Job": {"JobName": name, "Priority": 1, "Tasks": [{
        "TaskName": name, "TaskInstanceNum": n,
        "Application": {"DeliveryForm": "LOCAL", "Command": command},
        "ComputeEnv": {"EnvType": "MANAGED",
                       "EnvData": {"InstanceType": "S1.SMALL1", "ImageId": "img-m4q71qnq"}}}]}}))
EOF
    id=$("${client[@]}" jobs submit -f "$TMP/$name.json") || die "jobs submit ($name) failed"
    say "submitted $id ($n instances of '${command:0:40}…'); waiting"
    "${client[@]}" jobs wait "$id" --interval 200ms >/dev/null ||
        die "job $id did not succeed"
    echo "$id"
}
# A command whose stdout and stderr are each about 4 KB (the service keeps the last 2048
# bytes of each): 64 numbered lines of 60 characters on each stream.
noisy=$(python3 -c '
for i in range(64):
    print("echo out %02d %s;" % (i, "o" * 52))
    print("echo err %02d %s >&2;" % (i, "e" * 52))
' | tr '\n' ' ')

big_job=$(submit big "$BIG" "echo instance done")
small_job=$(submit small "$SMALL" "echo instance done")
logs_job=$(submit logs "$LOGS" "$noisy")
logs_small_job=$(submit logs-small "$LOGS_SMALL" "$noisy")

# --- helpers ------------------------------------------------------------------------
now_ns() {
    if [[ -n ${EPOCHREALTIME:-} ]]; then
        local t=${EPOCHREALTIME/[.,]/}
        echo $((10#$t * 1000))
    else
        date +%s%N
    fi
}

LOADS=()
# measure KEY CMD...: runs CMD $RUNS times under GNU time (stdout to $TMP/KEY.out, stderr
# to $TMP/KEY.err); sets WALL, CPU (medians, ms; GNU time counts CPU in 10 ms steps) and
# RSS (largest, MB).
measure() {
    local key=$1 r
    shift
    : >"$TMP/$key.times"
    LOADS+=("$(cut -d' ' -f1-3 /proc/loadavg)")
    for ((r = 1; r <= RUNS; r++)); do
        say "$key: run $r of $RUNS"
        t0=$(now_ns)
        /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$@" >"$TMP/$key.out" 2>"$TMP/$key.err" ||
            die "failed: $* ($(cat "$TMP/$key.err"))"
        t1=$(now_ns)
        echo "$((t1 - t0)) $(tail -n 1 "$TMP/time")" >>"$TMP/$key.times"
    done
    read -r WALL CPU RSS < <(python3 - "$TMP/$key.times" <<'EOF'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1]) if l.strip()]
wall = statistics.median(int(r[0]) / 1e6 for r in rows)
cpu = statistics.median(1e3 * (float(r[1]) + float(r[2])) for r in rows)
rss = max(int(r[3]) for r in rows) / 1024
print("%.0f %.0f %.1f" % (wall, cpu, rss))
EOF
)
}

# check_tasks FORMAT FILE N: "ok (N rows)" or exits with the problem.
check_tasks() {
    python3 - "$@" <<'EOF'
import csv, json, sys
fmt, path, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, encoding="utf-8", newline="") as f:
    if fmt == "jsonl":
        idx = [json.loads(line)["TaskInstanceIndex"] for line in f]
    else:
        rows = list(csv.reader(f))
        assert rows[0][:2] == ["TaskName", "TaskInstanceIndex"], f"no header row: {rows[0]}"
        idx = [int(r[1]) for r in rows[1:]]
assert sorted(idx) == list(range(want)), f"{len(idx)} rows, expected indexes 0..{want - 1}"
print(f"ok ({len(idx)} rows)")
EOF
}

# check_logs OUT ERR N: lines and bytes on each stream, after checking that every one of
# the N instances shows its last stdout and stderr line.
check_logs() {
    python3 - "$@" <<'EOF'
import re, sys
out, err, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
res = []
for path, stream in ((out, "out"), (err, "err")):
    text = open(path, encoding="utf-8").read()
    lines = text.splitlines()
    last = {m.group(1) for m in (re.match(r"\[[^/]+/(\d+)\] %s 63 " % stream, l) for l in lines) if m}
    assert last == {str(i) for i in range(want)}, f"std{stream}: {len(last)} of {want} instances end their log"
    res.append(f"{len(lines)} lines, {len(text.encode()) / 1024:.0f} KB")
print(f"ok; stdout {res[0]}; stderr {res[1]}")
EOF
}

# --- measurements -------------------------------------------------------------------
declare -A wall cpu rss check load
for spec in "big $big_job $BIG" "small $small_job $SMALL"; do
    read -r name job n <<<"$spec"
    for fmt in jsonl csv; do
        measure "tasks-$name-$fmt" "${client[@]}" jobs tasks "$job" --all -o "$fmt"
        key="tasks $n $fmt"
        wall[$key]=$WALL cpu[$key]=$CPU rss[$key]=$RSS load[$key]=${LOADS[-1]}
        check[$key]=$(check_tasks "$fmt" "$TMP/tasks-$name-$fmt.out" "$n" 2>&1) ||
            die "bad jobs tasks -o $fmt output: ${check[$key]}"
    done
done
for spec in "logs $logs_job $LOGS" "logs-small $logs_small_job $LOGS_SMALL"; do
    read -r name job n <<<"$spec"
    measure "$name" "${client[@]}" jobs logs "$job"
    key="logs $n"
    wall[$key]=$WALL cpu[$key]=$CPU rss[$key]=$RSS load[$key]=${LOADS[-1]}
    check[$key]=$(check_logs "$TMP/$name.out" "$TMP/$name.err" "$n" 2>&1) ||
        die "bad jobs logs output: ${check[$key]}"
done

# --- report -------------------------------------------------------------------------
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=
if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null || true) ]]; then dirty=" (+ uncommitted changes)"; fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

cat <<EOF
### batchctl \`jobs tasks\` and \`jobs logs\` over large jobs

$("$BIN" --version), commit $commit$dirty; $(nproc) × $cpu_model; $(uname -sr).
Emulator: \`emulator serve --speed 1000 --rate-limit 0\` on loopback; client
\`batchctl -q --rate-limit 0\` (pacing off: batchctl's cost, not the published limits).
Wall and user+sys CPU: medians of $RUNS runs; peak RSS: the largest (GNU time), batchctl's
alone (the emulator is another process). Load average (1/5/15 min) at the start of each row.

| \`jobs tasks JOB --all\` | instances | requests (1000 per page) | wall | user+sys CPU | peak RSS | output | load |
|---|---|---|---|---|---|---|---|
EOF
for fmt in jsonl csv; do
    for n in "$SMALL" "$BIG"; do
        key="tasks $n $fmt"
        echo "| \`-o $fmt\` | $n | $(((n + 999) / 1000)) | ${wall[$key]} ms | ${cpu[$key]} ms | ${rss[$key]} MB | ${check[$key]} | ${load[$key]} |"
    done
done
cat <<EOF

| \`jobs logs JOB\` (stdout and stderr) | instances | requests (10 per page) | wall | user+sys CPU | peak RSS | output | load |
|---|---|---|---|---|---|---|---|
EOF
for n in "$LOGS_SMALL" "$LOGS"; do
    key="logs $n"
    echo "| every instance | $n | $(((n + 9) / 10)) | ${wall[$key]} ms | ${cpu[$key]} ms | ${rss[$key]} MB | ${check[$key]} | ${load[$key]} |"
done
cat <<EOF

Memory: peak RSS grows $(ratio "${rss[tasks $BIG jsonl]}" "${rss[tasks $SMALL jsonl]}")× (jsonl) and $(ratio "${rss[tasks $BIG csv]}" "${rss[tasks $SMALL csv]}")× (csv) for $((BIG / SMALL))× the instances,
and $(ratio "${rss[logs $LOGS]}" "${rss[logs $LOGS_SMALL]}")× for $((LOGS / LOGS_SMALL))× the logs.
EOF
