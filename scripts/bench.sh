#!/usr/bin/env bash
# End-to-end benchmarks of batchctl against its local emulator.
#
# Builds the release binary, starts `batchctl emulator serve --generate $JOBS` on a free
# loopback port (reading the endpoint and demo credentials from the lines it prints; a
# second emulator serves 100 jobs), and measures:
#   - the release binary's size;
#   - `--version`, and `jobs describe --job-id ID -o json`: wall time per call (median of
#     $RUNS, with hyperfine when installed, else a timed loop) and peak RSS (GNU time),
#     against the large emulator and, for batchctl's own cost, the small one;
#   - `jobs describe --all -o csv|jsonl|json` over all $JOBS jobs, pacing off: wall time,
#     user+sys CPU and peak RSS of batchctl alone (GNU time), throughput, and a check of
#     the output (record count for csv/jsonl, one valid JSON document for json).
#   - issue 23's table: the machine's floor (/bin/true, a Rust hello-world built here
#     when rustc is found, and with cargo one POST to the emulator and nothing else, on
#     a TcpStream and with reqwest: crates/bench/src/bin/call-floor.rs), `--version`,
#     `jobs describe --job-id ID -o json` with and without --dry-run, `api DescribeJob
#     --JobId ID`, `--all -o csv|jsonl|json` and `--all --query` (CPU and peak RSS),
#     for BIN and, with BASE_BIN, for a baseline binary in the same run, row by row, so
#     the machine's noise touches both alike.
# Results are printed as Markdown tables on stdout; progress goes to stderr.
#
# Usage:   scripts/bench.sh                 (from anywhere in the repository)
# Knobs:   JOBS=100000  RUNS=50  ALL_RUNS=3  BUILD=1  BIN=target/release/batchctl
#          BASE_BIN=path/to/another/batchctl (measured beside BIN; it serves nothing)
#          QUERY='.JobSet[].JobId' (the expression of the --query row)
#          TIMER=loop (time per-call with a shell loop even when hyperfine is installed)
# Needs:   cargo (unless BUILD=0), python3, GNU time at /usr/bin/time;
#          hyperfine is optional (apt-get install -y hyperfine time).
#
# The emulator runs in its own process and is not counted in batchctl's CPU or RSS; its
# time to answer is part of every wall-clock figure. It is stopped on exit.

set -euo pipefail

JOBS=${JOBS:-100000}
RUNS=${RUNS:-50}
ALL_RUNS=${ALL_RUNS:-3}
BUILD=${BUILD:-1}
WARMUP=5

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${BIN:-target/release/batchctl}

say() { printf 'bench.sh: %s\n' "$*" >&2; }
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
HAVE_HYPERFINE=0
if [[ ${TIMER:-} == loop ]]; then
    say "note: TIMER=loop: timing per-call with a shell loop"
elif command -v hyperfine >/dev/null; then
    HAVE_HYPERFINE=1
else
    say "note: hyperfine not found (apt-get install -y hyperfine); timing per-call with a shell loop instead"
fi

# --- build --------------------------------------------------------------------------
if [[ $BUILD == 1 ]]; then
    say "building the release binary"
    cargo build --release --quiet >&2
fi
[[ -x $BIN ]] || die "no binary at $BIN (build it, or set BIN)"

# shellcheck source=emulator-lib.sh
source scripts/emulator-lib.sh

# --- start the emulators ------------------------------------------------------------
serve_help=$("$BIN" emulator serve --help)

# start_jobs_emulator N: serves N generated jobs, pacing off when the build has the option.
start_jobs_emulator() {
    local args=(--generate "$1")
    if [[ $serve_help == *--rate-limit* ]]; then
        args+=(--rate-limit 0)
    fi
    start_emulator "$1" "${args[@]}"
}
# The large set is what the targets are about; the small one shows batchctl's own
# per-call cost apart from the emulator's time to search a large set.
start_jobs_emulator "$JOBS"
endpoint=$STARTED
start_jobs_emulator 100
small_endpoint=$STARTED
export BATCHCTL_ENDPOINT=$endpoint
client=("$BIN" -q)
top_help=$("$BIN" --help)
if [[ $top_help == *--rate-limit* ]]; then
    client+=(--rate-limit 0)
fi

# --- helpers ------------------------------------------------------------------------
now_ns() {
    if [[ -n ${EPOCHREALTIME:-} ]]; then
        local t=${EPOCHREALTIME/[.,]/}
        echo $((10#$t * 1000))
    else
        date +%s%N
    fi
}

# stats FILE: "median mean min max" (ms) of the nanosecond samples in FILE.
stats_ms() {
    python3 - "$1" <<'EOF'
import statistics, sys
xs = [int(l) / 1e6 for l in open(sys.argv[1]) if l.strip()]
print("%.2f %.2f %.2f %.2f" % (statistics.median(xs), statistics.mean(xs), min(xs), max(xs)))
EOF
}

# per_call NAME CMD...: wall time per call, "median mean min max" in ms.
per_call() {
    local name=$1
    shift
    "$@" >/dev/null || die "failed: $*"
    if ((HAVE_HYPERFINE)); then
        local cmd
        cmd=$(printf '%q ' "$@")
        hyperfine -N --warmup "$WARMUP" --runs "$RUNS" --style basic \
            --export-json "$TMP/$name.json" "$cmd" >&2
        python3 - "$TMP/$name.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("%.2f %.2f %.2f %.2f" % tuple(1e3 * r[k] for k in ("median", "mean", "min", "max")))
EOF
    else
        local i t0 t1
        for ((i = 0; i < WARMUP; i++)); do "$@" >/dev/null; done
        : >"$TMP/$name.ns"
        for ((i = 0; i < RUNS; i++)); do
            t0=$(now_ns)
            "$@" >/dev/null
            t1=$(now_ns)
            echo $((t1 - t0)) >>"$TMP/$name.ns"
        done
        stats_ms "$TMP/$name.ns"
    fi
}

# peak_rss_mb CMD...: the largest peak RSS of 5 runs, in MB.
peak_rss_mb() {
    local i kb max=0
    for ((i = 0; i < 5; i++)); do
        /usr/bin/time -f '%M' -o "$TMP/rss" "$@" >/dev/null || die "failed: $*"
        kb=$(tail -n 1 "$TMP/rss")
        if ((kb > max)); then max=$kb; fi
    done
    awk -v kb="$max" 'BEGIN { printf "%.1f", kb / 1024 }'
}

# le A B: "yes" when A <= B, else "**no**".
le() { awk -v a="$1" -v b="$2" 'BEGIN { print (a <= b) ? "yes" : "**no**" }'; }

# check_output FORMAT FILE: "ok (N jobs)" or exits with the problem.
check_output() {
    python3 - "$1" "$2" "$JOBS" <<'EOF'
import csv, json, sys
fmt, path, want = sys.argv[1], sys.argv[2], int(sys.argv[3])
if fmt == "json":
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    n = len(doc["JobSet"])
    assert doc["TotalCount"] == want, f"TotalCount {doc['TotalCount']} != {want}"
    ids = {j["JobId"] for j in doc["JobSet"]}
elif fmt == "jsonl":
    with open(path, encoding="utf-8") as f:
        jobs = [json.loads(line) for line in f]
    n = len(jobs)
    ids = {j["JobId"] for j in jobs}
else:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][0] == "JobId", f"no header row: {rows[0]}"
    n = len(rows) - 1
    ids = {r[0] for r in rows[1:]}
assert n == want, f"{n} jobs, expected {want}"
assert len(ids) == n, f"{n - len(ids)} duplicate JobIds"
print(f"ok ({n} jobs)")
EOF
}

# --- per call -----------------------------------------------------------------------
# Other work on the machine skews every figure: the load average is printed with them.
LOAD=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)
size_mb=$(awk -v b="$(stat -c %s "$BIN")" 'BEGIN { printf "%.2f", b / 1048576 }')
# pick_job ENDPOINT N: the ID of a job in the middle of the emulator's N jobs, after
# checking that `--job-id` finds exactly that one.
pick_job() {
    local id one
    id=$("${client[@]}" --endpoint "$1" jobs describe --offset $(($2 / 2)) --limit 1 \
        -o csv --no-headers --columns JobId | tr -d '\r\n')
    [[ $id == job-* ]] || die "could not read a job ID from the emulator at $1 (got '$id')"
    one=$("${client[@]}" --endpoint "$1" jobs describe --job-id "$id" -o json)
    python3 -c 'import json,sys; d=json.loads(sys.argv[1]); assert [j["JobId"] for j in d["JobSet"]]==[sys.argv[2]]' \
        "$one" "$id" || die "jobs describe --job-id $id -o json did not print that one job"
    echo "$id"
}
job_id=$(pick_job "$endpoint" "$JOBS")
small_job_id=$(pick_job "$small_endpoint" 100)

say "timing --version"
timing=$(per_call version "$BIN" --version)
read -r ver_med ver_mean ver_min ver_max <<<"$timing"
ver_rss=$(peak_rss_mb "$BIN" --version)
say "timing jobs describe --job-id $job_id -o json"
timing=$(per_call describe "${client[@]}" jobs describe --job-id "$job_id" -o json)
read -r one_med one_mean one_min one_max <<<"$timing"
one_rss=$(peak_rss_mb "${client[@]}" jobs describe --job-id "$job_id" -o json)
api_med=n/a api_mean=n/a api_min=n/a api_max=n/a api_ratio=n/a
if [[ $top_help == *"api "* ]]; then
    # The generic path: `api` builds the body from tccli-style parameters, validates it
    # against the model and prints the answer as received; within 1.5x of jobs describe.
    say "timing api DescribeJobs --JobIds '[\"$job_id\"]'"
    timing=$(per_call api "${client[@]}" api DescribeJobs --JobIds "[\"$job_id\"]")
    read -r api_med api_mean api_min api_max <<<"$timing"
    api_ratio=$(awk -v a="$api_med" -v d="$one_med" 'BEGIN { printf "%.2f", a / d }')
fi
say "timing jobs describe --job-id $small_job_id -o json against 100 jobs"
timing=$(per_call describe-small "${client[@]}" --endpoint "$small_endpoint" jobs describe --job-id "$small_job_id" -o json)
read -r small_med small_mean small_min small_max <<<"$timing"

# --- --all ---------------------------------------------------------------------------
declare -A all_wall all_cpu all_rss all_check
for fmt in csv jsonl json; do
    : >"$TMP/wall" && : >"$TMP/cpu"
    max_rss=0
    for ((r = 1; r <= ALL_RUNS; r++)); do
        say "jobs describe --all -o $fmt, run $r of $ALL_RUNS"
        t0=$(now_ns)
        /usr/bin/time -f '%U %S %M' -o "$TMP/time" \
            "${client[@]}" jobs describe --all -o "$fmt" >"$TMP/out.$fmt" 2>"$TMP/err" ||
            die "jobs describe --all -o $fmt failed: $(cat "$TMP/err")"
        t1=$(now_ns)
        echo $((t1 - t0)) >>"$TMP/wall"
        read -r user sys kb < <(tail -n 1 "$TMP/time")
        awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d\n", (u + s) * 1e9 }' >>"$TMP/cpu"
        if ((kb > max_rss)); then max_rss=$kb; fi
    done
    check=$(check_output "$fmt" "$TMP/out.$fmt" 2>&1) || die "bad -o $fmt output: $check"
    all_check[$fmt]=$check
    rm -f "$TMP/out.$fmt"
    read -r med _ < <(stats_ms "$TMP/wall")
    all_wall[$fmt]=$(awk -v ms="$med" 'BEGIN { printf "%.2f", ms / 1000 }')
    read -r med _ < <(stats_ms "$TMP/cpu")
    all_cpu[$fmt]=$(awk -v ms="$med" 'BEGIN { printf "%.2f", ms / 1000 }')
    all_rss[$fmt]=$(awk -v kb="$max_rss" 'BEGIN { printf "%.1f", kb / 1024 }')
done

# --- issue 23: side by side with the floor and a baseline ----------------------------
QUERY=${QUERY:-'.JobSet[].JobId'}
bins=("$BIN")
if [[ -n ${BASE_BIN:-} ]]; then
    [[ -x $BASE_BIN ]] || die "no binary at BASE_BIN=$BASE_BIN"
    bins+=("$BASE_BIN")
fi
hello=
if command -v rustc >/dev/null; then
    say "building a Rust hello-world (the floor of a Rust binary)"
    printf 'fn main() {\n    println!("hello");\n}\n' >"$TMP/hello.rs"
    if rustc -O -C panic=abort -o "$TMP/hello" "$TMP/hello.rs" 2>/dev/null; then hello=$TMP/hello; fi
fi
floor_rows=()
timing=$(per_call true /bin/true)
floor_rows+=("| \`/bin/true\` (ms) | ${timing%% *} | (same run) | floor |")
if [[ -n $hello ]]; then
    timing=$(per_call hello "$hello")
    floor_rows+=("| a Rust hello-world (ms) | ${timing%% *} | (same run) | floor |")
fi
# The floor of one call: a process that only sends one POST to the small emulator, on a
# TcpStream, then with reqwest's blocking client (the design card's HTTP client).
if command -v cargo >/dev/null; then
    say "building call-floor (one POST, nothing else)"
    if cargo build --release --quiet -p batchctl-bench --bin call-floor >&2; then
        floor=$(cargo metadata --format-version 1 --no-deps |
            python3 -c 'import json, sys; print(json.load(sys.stdin)["target_directory"])')/release/call-floor
        timing=$(per_call floor-raw "$floor" raw "$small_endpoint")
        floor_rows+=("| one POST on a TcpStream, nothing else (ms) | ${timing%% *} | (same run) | floor of a call |")
        timing=$(per_call floor-reqwest "$floor" reqwest "$small_endpoint")
        floor_rows+=("| one POST with reqwest blocking, nothing else (ms) | ${timing%% *} | (same run) | floor with the design card's client |")
    fi
fi
# cpu_rss CMD...: "user+sys-seconds peak-MB" of one run (stdout to /dev/null).
cpu_rss() {
    /usr/bin/time -f '%U %S %M' -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err" ||
        die "failed: $* ($(cat "$TMP/err"))"
    tail -n 1 "$TMP/time" | awk '{ printf "%.2f %.1f", $1 + $2, $3 / 1024 }'
}
declare -A side
# Row by row, BIN then the baseline: a change in the machine's load between the two
# touches one row, not every row of one binary.
paced=()
for b in "${bins[@]}"; do
    if [[ $("$b" --help) == *--rate-limit* ]]; then paced+=(1); else paced+=(0); fi
done
client_of() { # sets c to binary $1's client command: -q, and pacing off when it has any
    c=("${bins[$1]}" -q)
    if ((paced[$1])); then c+=(--rate-limit 0); fi
}
each() { # each KEY CMD-AFTER-THE-CLIENT...: the per-call median for every binary.
    local key=$1 i
    shift
    for i in "${!bins[@]}"; do
        client_of "$i"
        side[$i,$key]=$(per_call "$key$i" "${c[@]}" "$@" | cut -d' ' -f1)
    done
}
say "issue 23 rows: ${bins[*]}"
for i in "${!bins[@]}"; do
    side[$i,version]=$(per_call "version$i" "${bins[$i]}" --version | cut -d' ' -f1)
done
each dry --endpoint "$small_endpoint" jobs describe --job-id "$small_job_id" -o json --dry-run
each one --endpoint "$small_endpoint" jobs describe --job-id "$small_job_id" -o json
each api --endpoint "$small_endpoint" api DescribeJob --JobId "$small_job_id"
for key in csv jsonl json query; do
    for i in "${!bins[@]}"; do
        client_of "$i"
        if [[ $key == query ]]; then
            side[$i,$key]=$(cpu_rss "${c[@]}" jobs describe --all --query "$QUERY")
        else
            side[$i,$key]=$(cpu_rss "${c[@]}" jobs describe --all -o "$key")
        fi
    done
done
for i in "${!bins[@]}"; do side[$i,size]=$(stat -c %s "${bins[$i]}"); done
# cell KEY [FIELD]: BIN's figure, then the baseline's (or — without one).
cell() {
    local v=${side[0,$1]} w=— field=${2:-0}
    if ((field)); then v=$(cut -d' ' -f"$field" <<<"$v"); fi
    if [[ -n ${BASE_BIN:-} ]]; then
        w=${side[1,$1]}
        if ((field)); then w=$(cut -d' ' -f"$field" <<<"$w"); fi
    fi
    printf '%s | %s' "$v" "$w"
}
issue_table() {
    local f goal
    printf '\n### issue 23: side by side (same run)\n\n'
    printf 'BIN: `%s`; baseline: `%s`. Per-call rows: median of %s runs against the 100-job\n' \
        "$BIN" "${BASE_BIN:-none}" "$RUNS"
    printf 'emulator. `--all` rows: one run each over %s jobs, user+sys CPU and peak RSS of\n' "$JOBS"
    printf 'batchctl. `--query`: `%s`.\n\n' "$QUERY"
    echo "| what | BIN | baseline | goal |"
    echo "|---|---|---|---|"
    for f in "${floor_rows[@]}"; do echo "$f"; done
    echo "| \`--version\` (ms) | $(cell version) | ≤ 1.0 |"
    echo "| \`jobs describe --job-id J -o json --dry-run\` (ms) | $(cell dry) | |"
    echo "| \`jobs describe --job-id J -o json\` (ms) | $(cell one) | ≤ 1.6 |"
    echo "| \`api DescribeJob --JobId J\` (ms) | $(cell api) | ≤ 1.6 |"
    for f in csv jsonl json; do
        goal=
        [[ $f == json ]] || goal="≤ 0.5"
        echo "| \`--all -o $f\` CPU (s) | $(cell "$f" 1) | $goal |"
        echo "| \`--all -o $f\` peak RSS (MB) | $(cell "$f" 2) | $([[ $f == json ]] || echo flat) |"
    done
    echo "| \`--all --query\` CPU (s) | $(cell query 1) | |"
    echo "| \`--all --query\` peak RSS (MB) | $(cell query 2) | ≤ 2 × -o json's |"
    echo "| release binary (bytes) | $(cell size) | ≤ baseline |"
}

# --- report -------------------------------------------------------------------------
timer=$([[ $HAVE_HYPERFINE == 1 ]] && hyperfine --version || echo "shell loop")
cpu_model=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || echo unknown)
commit=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=
if [[ -n $(git status --porcelain --untracked-files=no 2>/dev/null || true) ]]; then dirty=" (+ uncommitted changes)"; fi

cat <<EOF
### batchctl end-to-end benchmarks

$("$BIN" --version), commit $commit$dirty; $(nproc) × $cpu_model; $(uname -sr).
Emulator: \`emulator serve --generate $JOBS\` on loopback (and one serving 100 jobs, to show
batchctl's own per-call cost apart from the emulator's search of $JOBS jobs; load average
at the start: $LOAD). Per-call: median of $RUNS runs ($timer), peak RSS the largest of 5 runs. \`--all\`: median wall and CPU of $ALL_RUNS runs, largest peak RSS;
CPU and RSS are batchctl's alone (the emulator is another process).

| measurement | result | target | met |
|---|---|---|---|
| release binary size | ${size_mb} MB | ≤ 8 MB | $(le "$size_mb" 8) |
| \`--version\` wall (median; mean / min / max) | ${ver_med} ms (${ver_mean} / ${ver_min} / ${ver_max}) | well under 10 ms (≤ 5 ms) | $(le "$ver_med" 5) |
| \`--version\` peak RSS | ${ver_rss} MB | | |
| \`jobs describe --job-id ID -o json\` wall (median; mean / min / max) | ${one_med} ms (${one_mean} / ${one_min} / ${one_max}) | ≤ 4 ms | $(le "$one_med" 4) |
| \`jobs describe --job-id ID -o json\` peak RSS | ${one_rss} MB | ≤ 12 MB | $(le "$one_rss" 12) |
| \`api DescribeJobs --JobIds '["ID"]'\` wall (median; mean / min / max) | ${api_med} ms (${api_mean} / ${api_min} / ${api_max}); ${api_ratio}× jobs describe | ≤ 1.5× jobs describe | $(le "$api_ratio" 1.5) |
| the same against the 100-job emulator, wall (median; mean / min / max) | ${small_med} ms (${small_mean} / ${small_min} / ${small_max}) | (batchctl's own cost) | |

| \`jobs describe --all\`, $JOBS jobs | wall | ms/request | user+sys CPU | peak RSS | jobs/s | output | targets met |
|---|---|---|---|---|---|---|---|
EOF
for fmt in csv jsonl json; do
    rate=$(awk -v n="$JOBS" -v s="${all_wall[$fmt]}" 'BEGIN { printf "%.0f", n / s }')
    per_request=$(awk -v n="$JOBS" -v s="${all_wall[$fmt]}" 'BEGIN { r = int((n + 99) / 100); printf "%.1f", 1000 * s / (r ? r : 1) }')
    if [[ $fmt == json ]]; then
        met="RSS ≤ 120 MB: $(le "${all_rss[$fmt]}" 120)"
    else
        met="RSS ≤ 30 MB: $(le "${all_rss[$fmt]}" 30); CPU ≤ 0.5 s: $(le "${all_cpu[$fmt]}" 0.5)"
    fi
    echo "| \`-o $fmt\` | ${all_wall[$fmt]} s | $per_request | ${all_cpu[$fmt]} s | ${all_rss[$fmt]} MB | $rate | ${all_check[$fmt]} | $met |"
done
issue_table
