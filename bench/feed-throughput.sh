#!/usr/bin/env bash
# Measures GET /feed/rss.xml on the packaged EAR running on Payara Server against nginx serving the
# very same bytes as a static file, in one run on this machine: wrk with 2 threads and 50
# connections, identity and gzip, after a warm-up. Also times rendering the feed from cold, i.e. the
# first request after the content changed. Writes the figures to docs/performance.md.
#
# Needs wrk and nginx from Debian (installed here when missing), ports 8080, 4848 and 8081 free.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup_seconds="${WARMUP_SECONDS:-30}"
run_seconds="${RUN_SECONDS:-20}"
payara=ear/target/payara6
work="$(mktemp -d)"
report=docs/performance.md

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi
[ -f ear/target/gazette.ear ] && [ -d "$payara" ] || ./mvnw -B -q package -DskipTests

cleanup() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    "$payara/bin/asadmin" stop-domain domain1 >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

rm -rf "$payara/glassfish/domains/domain1/data"
export GAZETTE_ADMIN_PASSWORD=bench-admin-password GAZETTE_BASE_URL=https://maxdaten.io GAZETTE_SAMPLE_SITE=false
"$payara/bin/asadmin" start-domain domain1 >/dev/null
"$payara/bin/asadmin" deploy --force=true --name gazette ear/target/gazette.ear >/dev/null

feed=../shared/fixtures/maxdaten-rss.xml
[ -f "$feed" ] || feed=ear/src/test/resources/feeds/field-notes-rss.xml
import() {
    curl -sf -u "admin:$GAZETTE_ADMIN_PASSWORD" -H 'Content-Type: application/rss+xml' --data-binary @- \
        http://localhost:8080/feed/api/v1/import >/dev/null
}
import < "$feed"

# Rendering from cold: the first request after each change renders; the next is served from the cache.
cold=()
for round in 1 2 3 4 5; do
    sed "s|</title>|</title><!-- round $round -->|; 0,/<title>\([^<]*\)<\/title>/s//<title>\1 ($round)<\/title>/" "$feed" | import
    cold+=("$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/feed/rss.xml)")
done
import < "$feed"
curl -s -o /dev/null http://localhost:8080/feed/rss.xml
cached="$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/feed/rss.xml)"

mkdir -p "$work/www"
curl -s http://localhost:8080/feed/rss.xml -o "$work/www/rss.xml"
bytes="$(wc -c < "$work/www/rss.xml")"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/rss+xml xml; }
    gzip on;
    gzip_types application/rss+xml;
    gzip_min_length 0;
    server { listen 127.0.0.1:8081; root $work/www; }
}
NGINX
chmod -R a+rX "$work"
nginx -c "$work/nginx.conf"
for url in http://localhost:8080/feed/rss.xml http://127.0.0.1:8081/rss.xml; do
    cmp -s "$work/www/rss.xml" <(curl -sf "$url") || { echo "$url does not serve the feed's bytes; not measuring." >&2; exit 1; }
done

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
for url in http://localhost:8080/feed/rss.xml http://127.0.0.1:8081/rss.xml; do
    wrk -t2 -c50 "-d${warmup_seconds}s" "$url" >/dev/null
    wrk -t2 -c50 "-d${warmup_seconds}s" -H 'Accept-Encoding: gzip' "$url" >/dev/null
done
read -r gazette_identity gazette_identity_p99 <<< "$(measure http://localhost:8080/feed/rss.xml)"
read -r nginx_identity nginx_identity_p99 <<< "$(measure http://127.0.0.1:8081/rss.xml)"
read -r gazette_gzip gazette_gzip_p99 <<< "$(measure http://localhost:8080/feed/rss.xml 'Accept-Encoding: gzip')"
read -r nginx_gzip nginx_gzip_p99 <<< "$(measure http://127.0.0.1:8081/rss.xml 'Accept-Encoding: gzip')"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
cold_sorted="$(printf '%s\n' "${cold[@]}" | sort -n | tr '\n' ' ')"
median_cold="$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)"

cat > "$report" <<MARKDOWN
# Performance

Measured by \`bench/feed-throughput.sh\` on $(date -u +%Y-%m-%d) on this project's 2-core machine:
Payara Server ${payara#ear/target/} with the packaged EAR on the embedded H2 database, the reference feed
imported ($bytes bytes of RSS), and nginx $(nginx -v 2>&1 | sed 's|.*/||') serving the same bytes as a static file
(\`gzip on\`, compressing on the fly). wrk, 2 threads, 50 connections, ${run_seconds} s per figure after a
${warmup_seconds} s warm-up of each server and encoding. Figures vary between runs and server restarts;
compare within one run.

## GET /feed/rss.xml

| | requests/s | p99 latency | ratio to nginx | target |
|---|---:|---:|---:|---|
| Gazette, identity | $gazette_identity | $gazette_identity_p99 | $(ratio "$gazette_identity" "$nginx_identity")× nginx static | ≥ 0.4× |
| nginx static, identity | $nginx_identity | $nginx_identity_p99 | 1 | |
| Gazette, gzip (pre-compressed) | $gazette_gzip | $gazette_gzip_p99 | $(ratio "$gazette_gzip" "$nginx_gzip")× nginx gzip | ≥ 5× |
| nginx, gzip on the fly | $nginx_gzip | $nginx_gzip_p99 | 1 | |

p99 target: under 20 ms.

## Rendering from cold

The first request after a change queries the database and renders the feed; later requests are
served from the cache until the next change.

- first request after a change (5 changes): $(for t in $cold_sorted; do printf '%s ms ' "$(ms "$t")"; done)(median $(ms "$median_cold") ms)
- next request, from the cache: $(ms "$cached") ms
MARKDOWN
cat "$report"
