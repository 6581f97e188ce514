#!/usr/bin/env bash
# Benchmark of `batchctl top` against the local emulator serving 1,000 jobs.
#
# Starts `batchctl emulator serve --generate 1000` (the service's published rate limits)
# on a free loopback port, then runs `top` in a pseudo-terminal of 80×24 (Python's pty
# module) and measures:
#   - idle CPU: utime+stime of the top process (from /proc/PID/stat) over $IDLE seconds
#     with no key pressed, as a percentage of one core: for `top` (the first 20 jobs,
#     refreshed every 5s) and for `top --all --interval 10s` (all 1,000, 10 pages a refresh);
#   - key press to redrawn screen: from writing a key to the pty to the first and the last
#     byte of the screen update it causes (the update ends when no byte follows for 30 ms;
#     2 s for Enter), $KEYS presses each of Down/Up (a redraw only) and of Enter then Esc
#     (Enter shows the job view at once, then reads the job through the client:
#     DescribeJob, and DescribeTask per task, paced at 2 and 3 per second).
# Results are printed as Markdown tables on stdout; progress goes to stderr.
#
# Usage:   scripts/bench-top.sh            (from anywhere in the repository)
# Knobs:   JOBS=1000  IDLE=30  KEYS=20  BUILD=1  BIN=target/release/batchctl
# Needs:   cargo (unless BUILD=0), python3, Linux (/proc).

set -euo pipefail

JOBS=${JOBS:-1000}
IDLE=${IDLE:-30}
KEYS=${KEYS:-20}
BUILD=${BUILD:-1}

cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=${BIN:-${CARGO_TARGET_DIR:-target}/release/batchctl}

say() { printf 'bench-top.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

command -v python3 >/dev/null || die "python3 is needed (apt-get install -y python3)"
[[ -r /proc/self/stat ]] || die "/proc is needed (Linux)"
if [[ $BUILD == 1 ]]; then
    say "building the release binary"
    cargo build --release --quiet >&2
fi
[[ -x $BIN ]] || die "no binary at $BIN (build it, or set BIN)"

# shellcheck source=emulator-lib.sh
source scripts/emulator-lib.sh

start_emulator top --generate "$JOBS"
export BATCHCTL_ENDPOINT=$STARTED

python3 - "$BIN" "$IDLE" "$KEYS" <<'EOF'
import os, pty, re, select, signal, statistics, sys, time, fcntl, struct, termios

BIN, IDLE, KEYS = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
TICK = os.sysconf("SC_CLK_TCK")

def say(text):
    print(f"bench-top.sh: {text}", file=sys.stderr, flush=True)

def start(args):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv(BIN, [BIN, *args])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    return pid, fd

def read_for(fd, seconds):
    """Everything the screen gets for `seconds`."""
    out, end = b"", time.monotonic() + seconds
    while (left := end - time.monotonic()) > 0:
        if select.select([fd], [], [], left)[0]:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return out

def until(fd, pattern, limit=120):
    out, end = b"", time.monotonic() + limit
    while time.monotonic() < end:
        if select.select([fd], [], [], 1)[0]:
            out += os.read(fd, 65536)
            if len(re.findall(pattern, out)) >= 5:
                return out
    raise SystemExit(f"no jobs on screen after {limit}s")

def cpu_ticks(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime, stime

def quit(pid, fd):
    os.write(fd, b"q")
    read_for(fd, 1)
    if os.waitpid(pid, os.WNOHANG)[0] == 0:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    os.close(fd)

def idle(args, label):
    pid, fd = start(args)
    until(fd, rb"job-[a-z0-9]{8}")
    read_for(fd, 2)  # the first refresh settles
    before, t0 = cpu_ticks(pid), time.monotonic()
    read_for(fd, IDLE)
    used, wall = (cpu_ticks(pid) - before) / TICK, time.monotonic() - t0
    quit(pid, fd)
    say(f"{label}: {used:.2f}s CPU in {wall:.0f}s")
    return label, used, wall

def press(fd, key, quiet=0.03, limit=10):
    """Seconds from writing `key` to the first and to the last byte of the update it
    causes (the update ends when no byte follows for `quiet`)."""
    read_for(fd, 0.05)  # nothing pending
    t0 = time.monotonic()
    os.write(fd, key)
    first = last = None
    end = t0 + limit
    while time.monotonic() < end:
        # Between the view's first draw and the one with the answers, the client waits
        # for its pacing: `quiet` must outlast that, so the first byte alone is timed
        # with a short wait and the rest with a longer one.
        wait = quiet if last else end - time.monotonic()
        if not select.select([fd], [], [], wait)[0]:
            if last:
                break
            continue
        os.read(fd, 65536)
        last = time.monotonic()
        first = first or last
    return ((first or end) - t0, (last or end) - t0)

rows = [idle(["top"], "top (20 of the jobs, every 5s)"),
        idle(["top", "--all", "--interval", "10s"], "top --all --interval 10s (every job)")]

pid, fd = start(["top", "--interval", "1h"])
until(fd, rb"job-[a-z0-9]{8}")
read_for(fd, 1)
moves, opens, backs = [], [], []
for i in range(KEYS):
    moves.append(press(fd, b"\x1b[B" if i % 2 == 0 else b"\x1b[A"))
for i in range(KEYS):
    opens.append(press(fd, b"\r", quiet=2.0))
    backs.append(press(fd, b"\x1b"))
    read_for(fd, 0.6)  # the next Enter is not held back by DescribeJob's pacing
quit(pid, fd)

print("| top on %d jobs, idle | CPU | wall | CPU share of one core |" % int(os.environ.get("JOBS", "1000")))
print("|---|---|---|---|")
for label, used, wall in rows:
    print(f"| {label} | {used:.2f} s | {wall:.0f} s | {100 * used / wall:.2f} % |")
print()
def ms(xs, q):
    xs = sorted(xs)
    return 1000 * xs[min(len(xs) - 1, int(q * len(xs)))]
print("| key → redrawn screen (80×24) | first redraw, median | p90 | complete, median | p90 | presses |")
print("|---|---|---|---|---|---|")
for label, xs in [("Down/Up (a redraw only)", moves),
                  ("Enter (the job view at once; its instances after DescribeJob and one DescribeTask per task, paced)", opens),
                  ("Esc (back to the jobs)", backs)]:
    firsts, lasts = [x[0] for x in xs], [x[1] for x in xs]
    print(f"| {label} | {ms(firsts, 0.5):.1f} ms | {ms(firsts, 0.9):.1f} ms "
          f"| {ms(lasts, 0.5):.1f} ms | {ms(lasts, 0.9):.1f} ms | {len(xs)} |")
EOF
