# What the benchmarks share: the tools they need, a fresh build, and the packaged EAR deployed on
# the build's own Payara Server, stopped again when the benchmark ends. Source it, then call
# start_gazette; $work is a scratch folder that goes away with the server.
payara=ear/target/payara6
asadmin="$payara/bin/asadmin"
work="$(mktemp -d)"

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi
# A fresh build and a freshly unpacked server, so nothing left by tests or earlier runs is measured.
./mvnw -B -q package -DskipTests

stop_benchmark() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    "$asadmin" stop-domain domain1 >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_benchmark EXIT

# What follows uses $base, $password and $generator, which the benchmark sets before it calls them.
import_items() { # first count -> seconds spent importing
    local first=$1 count=$2 spent=0 start chunk
    while [ "$count" -gt 0 ]; do
        chunk=$((count < 2000 ? count : 2000))
        java "$generator" "$first" "$chunk" "$work/feed.xml"
        start=$(date +%s.%N)
        curl -sf -u "admin:$password" -H 'Content-Type: application/rss+xml' --data-binary @"$work/feed.xml" "$base/feed/api/v1/import" \
            -o "$work/report.json"
        spent=$(awk -v s="$spent" -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print s + b - a }')
        first=$((first + chunk))
        count=$((count - chunk))
    done
    echo "$spent"
}

admin_cookies="$work/admin-cookies"
sign_in() {
    curl -s -c "$admin_cookies" -b "$admin_cookies" -o /dev/null "$base/admin/"
    curl -s -c "$admin_cookies" -b "$admin_cookies" -o /dev/null -d "j_username=admin&j_password=$password" "$base/admin/j_security_check"
    curl -s -c "$admin_cookies" -b "$admin_cookies" -o /dev/null "$base/admin/"
}

# The heap the server holds after a full GC; $server_pid is the server's process.
heap_after_full_gc() {
    jcmd "$server_pid" GC.run >/dev/null
    jcmd "$server_pid" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i + 1); exit } }'
}

# Starts the server on an empty embedded database (or the GAZETTE_DB_* the caller exported) and deploys.
start_gazette() {
    rm -rf "$payara/glassfish/domains/domain1/data"
    scripts/quiet-server.sh "$payara/glassfish/domains/domain1/config/domain.xml"
    "$asadmin" start-domain domain1 >/dev/null
    "$asadmin" deploy --force=true --name gazette ear/target/gazette.ear >/dev/null
}
