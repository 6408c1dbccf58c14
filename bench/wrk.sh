# What the benchmarks measure with: wrk's throughput and p99 at 2 threads and 50 connections, and
# one figure as a multiple of another. Source it; set run_seconds first.

measure() { # url [header] -> "requests/s p99"
    local args=(-t2 -c50 "-d${run_seconds}s" --latency)
    [ -n "${2:-}" ] && args+=(-H "$2")
    local output
    output="$(wrk "${args[@]}" "$1")"
    if grep -q 'Non-2xx\|Socket errors' <<< "$output"; then
        echo "$1 answered with errors; the figures would be meaningless:" >&2
        echo "$output" >&2
        exit 1
    fi
    awk '/Requests\/sec/ {rps=$2} / 99%/ {p99=$2} END {print rps, p99}' <<< "$output"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
