#!/usr/bin/env bash
# Benchmarks of `batchctl run` against its local emulator, serving at the service's
# published rate limits:
#   1. latency: `run --interval 1s -- sleep 3` with the emulator's clock at real speed;
#      how much longer `run` took than the job, CreateTime to EndTime (goal: within one
#      poll interval; the emulator's stages take whole seconds, so the difference is exact
#      to the process's start);
#   2. pacing: over every request the runs sent, the most per second of each action, and
#      the number answered RequestLimitExceeded (goal: 0);
#   3. memory: peak RSS of `run --array N` following N instances that each print a line,
#      sleep and print another, for N = 100 and N = 1000 (goal: flat).
# Results are printed as Markdown on stdout; progress goes to stderr.
#
# Usage:   scripts/bench-run.sh            (from anywhere in the repository)
# Knobs:   BUILD=1  BIN=target/release/batchctl  SIZES="100 1000"
# Needs:   cargo (unless BUILD=0), python3, GNU time at /usr/bin/time.

set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BUILD=${BUILD:-1}
BIN=${BIN:-target/release/batchctl}
SIZES=${SIZES:-100 1000}

say() { printf 'bench-run.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

command -v python3 >/dev/null || die "python3 is needed (apt-get install -y python3)"
/usr/bin/time -f '%M' -o /dev/null true 2>/dev/null ||
    die "GNU time is needed at /usr/bin/time (apt-get install -y time)"
if [[ $BUILD == 1 ]]; then
    say "building the release binary"
    cargo build --release --locked -q
fi
[[ -x $BIN ]] || die "no binary at $BIN"

WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
    rm -rf "$WORK"
}
trap cleanup EXIT

# Starts an emulator with extra options; sets ENDPOINT and LOG.
serve() {
    local name=$1
    shift
    LOG=$WORK/$name.jsonl
    "$BIN" -q emulator serve --listen 127.0.0.1:0 --log "$LOG" "$@" >"$WORK/$name.serve" &
    PIDS+=($!)
    for _ in $(seq 100); do
        ENDPOINT=$(sed -n 's/^batchctl emulator listening on //p' "$WORK/$name.serve" 2>/dev/null || true)
        [[ -n $ENDPOINT ]] && return 0
        sleep 0.05
    done
    die "the emulator did not start"
}

client() {
    exec_client "$@" &
    wait $!
}

# The client as this process (a background job's PID is then batchctl's own).
exec_client() {
    exec env -u XDG_CONFIG_HOME HOME="$WORK" BATCHCTL_ENDPOINT="$ENDPOINT" \
        TENCENTCLOUD_SECRET_ID=AKIDEMULATORDEMO0000000000000000000 \
        TENCENTCLOUD_SECRET_KEY=emulator-demo-secret-key-0000000000 \
        BATCHCTL_ZONE=ap-guangzhou-3 BATCHCTL_IMAGE=img-m4q71qnq BATCHCTL_INSTANCE_TYPE=S1.SMALL1 \
        "$BIN" "$@"
}

# --- 1. latency at real speed -------------------------------------------------------
say "run -- sleep 3 at real speed"
serve latency
start=$(date +%s.%N)
client run --interval 1s -- sleep 3 >"$WORK/latency.out" 2>"$WORK/latency.err"
returned=$(date +%s.%N)
# Only what `run` sent counts: the log as it returned.
latency_log=$WORK/latency-run.jsonl
cp "$LOG" "$latency_log"
job=$(grep -o 'job job-[a-z0-9]*' "$WORK/latency.err" | head -1 | cut -d' ' -f2)
times=$(client jobs describe --job-id "$job" -o json --query '.JobSet[0] | "\(.CreateTime) \(.EndTime)"' | tr -d '"')
end_time="$times"

# --- 3. memory following arrays -------------------------------------------------------
declare -A RSS WALL
for n in $SIZES; do
    say "run --array $n"
    serve "array$n" --speed 20
    printf 'echo "instance $BATCH_TASK_INSTANCE_INDEX starts"\nsleep 60\necho "instance $BATCH_TASK_INSTANCE_INDEX ends"\n' >"$WORK/script.sh"
    t0=$(date +%s.%N)
    exec_client -q run --interval 1s --array "$n" --script "$WORK/script.sh" >"$WORK/array$n.out" 2>"$WORK/array$n.err" &
    rpid=$!
    peak=0
    # Peak RSS of the run process, sampled (GNU time would count the shell too).
    while kill -0 "$rpid" 2>/dev/null; do
        kb=$(awk '/VmHWM/ {print $2}' "/proc/$rpid/status" 2>/dev/null || echo 0)
        ((kb > peak)) && peak=$kb
        sleep 0.2
    done
    wait "$rpid" || die "run --array $n failed: $(tail -3 "$WORK/array$n.err")"
    t1=$(date +%s.%N)
    lines=$(wc -l <"$WORK/array$n.out")
    [[ $lines == $((2 * n)) ]] || die "run --array $n printed $lines lines, not $((2 * n))"
    RSS[$n]=$peak
    WALL[$n]=$(python3 -c "print(f'{$t1 - $t0:.1f}')")
    cp "$LOG" "$WORK/array$n.log"
done

python3 - "$start" "$returned" "$end_time" "$latency_log" "$WORK" "$SIZES" \
    "$(for n in $SIZES; do printf '%s=%s=%s ' "$n" "${RSS[$n]}" "${WALL[$n]}"; done)" <<'EOF'
import datetime, json, sys, collections, glob
start, returned, end_time, latency_log, work, sizes, mem = sys.argv[1:]
start, returned = float(start), float(returned)
created, ended = (datetime.datetime.fromisoformat(t.replace("Z", "+00:00")).timestamp()
                  for t in end_time.split())
job_took = ended - created
print("## `batchctl run` benchmarks\n")
print("| what | figure |\n|---|---|")
print(f"| `run --interval 1s -- sleep 3`: wall time | {returned - start:.2f} s |")
print(f"| the job, CreateTime to EndTime | {job_took:.0f} s |")
print(f"| run's wall time beyond the job's (goal: ≤ 1 poll interval, 1 s) | {returned - start - job_took:.2f} s |")
for item in mem.split():
    n, rss, wall = item.split("=")
    print(f"| `run --array {n}` (2 lines each): peak RSS / wall | {int(rss)/1024:.1f} MB / {wall} s |")
print("\n### Requests per action (most in any one second; RequestLimitExceeded answers)\n")
print("| run | action | requests | most per second | RequestLimitExceeded |\n|---|---|---|---|---|")
logs = [("sleep 3", latency_log)] + [(f"array {n}", f"{work}/array{n}.log") for n in sizes.split()]
for name, path in logs:
    per = collections.defaultdict(collections.Counter)
    limited = collections.Counter()
    total = collections.Counter()
    for line in open(path):
        r = json.loads(line)
        a = r.get("action") or "?"
        per[a][r.get("time")] += 1
        total[a] += 1
        if "RequestLimitExceeded" in json.dumps(r.get("outcome")):
            limited[a] += 1
    for a in sorted(total):
        print(f"| {name} | {a} | {total[a]} | {max(per[a].values())} | {limited[a]} |")
EOF
