# Sourced by the bench scripts: a scratch directory, emulators started on free loopback
# ports, and both removed on exit. The script defines say, die and BIN first.

TMP=$(mktemp -d "${TMPDIR:-/tmp}/batchctl-bench.XXXXXX")
EMU_PIDS=()
cleanup() {
    local pid
    for pid in "${EMU_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# The emulator's demo credentials are what the benchmarks use, never the caller's.
unset TENCENTCLOUD_REGION TENCENTCLOUD_SESSION_TOKEN TENCENTCLOUD_TOKEN \
    BATCHCTL_OUTPUT BATCHCTL_PROFILE BATCHCTL_ENDPOINT TENCENTCLOUD_SECRET_ID TENCENTCLOUD_SECRET_KEY

# start_emulator LABEL ARG...: runs `$BIN -q emulator serve --listen 127.0.0.1:0 ARG...`;
# sets STARTED to its endpoint and EMU_PID to its pid, and exports the demo credentials
# it announces. (Not run in a subshell: the emulator must stay this shell's child, for
# the trap to stop it.)
start_emulator() {
    local label=$1 args first line fd
    shift
    args=(-q emulator serve --listen 127.0.0.1:0 "$@")
    say "starting: $BIN ${args[*]}"
    mkfifo "$TMP/emulator-$label.out"
    "$BIN" "${args[@]}" >"$TMP/emulator-$label.out" 2>"$TMP/emulator-$label.err" &
    EMU_PID=$!
    EMU_PIDS+=("$EMU_PID")
    # The first stdout line is the endpoint; the next ones are the demo credentials as
    # `export NAME=VALUE`. The fd stays open so the emulator never writes to a closed pipe.
    exec {fd}<"$TMP/emulator-$label.out"
    IFS= read -r -t 300 first <&"$fd" ||
        die "the emulator did not start: $(cat "$TMP/emulator-$label.err")"
    [[ $first == "batchctl emulator listening on http"* ]] ||
        die "unexpected first line from the emulator: $first"
    while IFS= read -r -t 10 line <&"$fd"; do
        case $line in
        *"export TENCENTCLOUD_"*=*) export "${line#*export }" ;;
        esac
        [[ $line == *TENCENTCLOUD_SECRET_KEY=* ]] && break
    done
    [[ -n ${TENCENTCLOUD_SECRET_KEY:-} ]] || die "the emulator did not print its demo credentials"
    STARTED=${first##* }
    say "emulator at $STARTED (pid $EMU_PID)"
}
