#!/usr/bin/env bash
# The cluster of scripts/cluster.sh (DAS, two instances on PostgreSQL, nginx with the shipped
# configuration in front), measured in one run on this machine:
#   - an article page through nginx's micro-cache, and from one instance alone, against nginx
#     serving the same bytes as a static file (wrk, 2 threads, 50 connections);
#   - failed reader requests while one instance is killed under a bounded load through nginx;
#   - publish-to-visible on the other instance and through the micro-cache, p50 and p95.
#   - failed reader requests while a new version is rolled out, one instance at a time.
# Writes the figures to docs/performance.md. Needs PostgreSQL on 127.0.0.1:5432 (database test,
# trust auth, as on CI), wrk and nginx from Debian (installed when missing), ports 8088, 8089,
# 10048, 28080 and 28081 free.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup_seconds="${WARMUP_SECONDS:-10}"
run_seconds="${RUN_SECONDS:-15}"
work="$(mktemp -d)"
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
    apt-get update -qq && apt-get install -y -qq wrk nginx-light >/dev/null
fi
./mvnw -B -q package -DskipTests

schema=gazette_bench_cluster
psql -q -h 127.0.0.1 -U postgres -d test -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema;"
export GAZETTE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD=
export GAZETTE_ADMIN_PASSWORD=bench-admin-password GAZETTE_BASE_URL=https://maxdaten.io GAZETTE_SAMPLE_SITE=true
export GAZETTE_TRUSTED_PROXIES=127.0.0.1,::1
stop_benchmark() {
    [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
    scripts/cluster.sh stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop_benchmark EXIT
scripts/cluster.sh start

a=http://127.0.0.1:28080 b=http://127.0.0.1:28081 front=http://127.0.0.1:8088
feed=../shared/fixtures/maxdaten-rss.xml
[ -f "$feed" ] || feed=ear/src/test/resources/feeds/field-notes-rss.xml
import() { # document on stdin, through instance A
    curl -sf -u "admin:$GAZETTE_ADMIN_PASSWORD" -H 'Content-Type: application/rss+xml' --data-binary @- "$a/feed/api/v1/import" >/dev/null
}
import < "$feed"

article="$(curl -s "$b/" | grep -o '<h2><a href="/[^"]*"' | head -1 | sed 's|.*href="||; s|"$||')"
mkdir -p "$work/www"
curl -s "$front$article" -o "$work/www/article.html"
cat > "$work/nginx.conf" <<NGINX
worker_processes 2;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    # Logged as the front's nginx logs (scripts/cluster.sh), so the two differ only in the proxy.
    log_format gazette '\$request_method \$request_uri \$status \$upstream_addr';
    access_log $work/static-access.log gazette;
    types { text/html html; }
    server { listen 127.0.0.1:8089; root $work/www; }
}
NGINX
chmod -R a+rX "$work"
nginx -c "$work/nginx.conf"

# shellcheck source=bench/wrk.sh
. bench/wrk.sh
warmed() { # url -> "requests/s p99" after a warm-up
    wrk -t2 -c50 "-d${warmup_seconds}s" "$1" >/dev/null
    measure "$1"
}
for url in "$front$article" "http://127.0.0.1:8089/article.html" "$a$article"; do
    cmp -s "$work/www/article.html" <(curl -sf "$url") || { echo "$url does not serve the same bytes; not measuring." >&2; exit 1; }
done
read -r cached cached_p99 <<< "$(warmed "$front$article")"
read -r static static_p99 <<< "$(warmed "http://127.0.0.1:8089/article.html")"
read -r alone alone_p99 <<< "$(warmed "$a$article")"

# Readers of every article while instance B is killed: the micro-cache asks the instances again
# every second for each page, so some of those requests meet the dead instance and nginx must retry.
paths="$(curl -s "$front/feed/rss.xml" | grep -o '<link>https://maxdaten.io/[^<]*' | sed 's|<link>https://maxdaten.io||' | sort -u)"
{
    echo 'paths = {'
    for path in $paths; do printf '  "%s",\n' "$path"; done
    echo '}'
    echo 'counter = 0'
    echo 'request = function() counter = counter + 1; return wrk.format("GET", paths[(counter % #paths) + 1]) end'
} > "$work/readers.lua"
failures() { # wrk's report -> how many requests failed: non-2xx/3xx answers and socket errors
    awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<< "$1"
}
kill_after=5
( sleep "$kill_after"; kill -9 "$(cat ear/target/payara6/glassfish/nodes/localhost-gazette-cluster/gazette-2/config/pid)" ) &
failover="$(wrk -t2 -c8 -d15s -s "$work/readers.lua" "$front")"
wait
failover_requests="$(awk '/requests in/ {print $1}' <<< "$failover")"
failed="$(failures "$failover")"
scripts/cluster.sh start-instances gazette-2

# Readers while a new build replaces the running one, one instance at a time, as the README's
# "A new version" does it. A request counts as failed after 10 s rather than wrk's 2 s: a starting
# instance answers its first requests slowly, and that is latency, reported below, not a failure.
( sleep 3; scripts/cluster.sh upgrade >/dev/null ) &
upgrade="$(wrk -t2 -c8 -d200s --timeout 10s --latency -s "$work/readers.lua" "$front")"
wait
upgrade_requests="$(awk '/requests in/ {print $1}' <<< "$upgrade")"
upgrade_failed="$(failures "$upgrade")"
upgrade_p99="$(awk '/ 99%/ {print $2}' <<< "$upgrade")"
upgrade_max="$(awk '/Latency/ {print $4}' <<< "$upgrade")"

# Publish through A, then wait for the article on B's feed, and separately through nginx.
visible() { # base -> milliseconds until the newest import shows on base's feed
    local title=$1 base=$2 start
    start=$(date +%s%N)
    until curl -s "$base/feed/rss.xml" | grep -q "$title"; do sleep 0.01; done
    echo $(( ($(date +%s%N) - start) / 1000000 ))
}
publish() { # n -> title; imports one article through A
    local title="Cluster bench $1 $RANDOM"
    printf '<?xml version="1.0"?><rss version="2.0"><channel><title>b</title><link>https://example.org</link><description>b</description><item><title>%s</title><link>https://example.org/bench-%s</link><guid>urn:bench:%s:%s</guid><pubDate>%s</pubDate><description>b</description></item></channel></rss>' \
        "$title" "$1" "$1" "$RANDOM" "$(date -u -R | sed 's/+0000/GMT/')" | import
    echo "$title"
}
to_b=() to_front=()
for n in $(seq 1 20); do
    title="$(publish "b$n")"
    to_b+=("$(visible "$title" "$b")")
    title="$(publish "n$n")"
    to_front+=("$(visible "$title" "$front")")
done
percentile() { printf '%s\n' "${@:2}" | sort -n | awk -v p="$1" '{v[NR]=$1} END {i=int((NR*p+99)/100); print v[i]}'; }

section="$(cat <<MARKDOWN
## A cluster behind nginx (bench/cluster.sh)

Measured by \`bench/cluster.sh\` on $(date -u +%Y-%m-%d) on this project's 2-core machine: the
topology of \`scripts/cluster.sh\` (a DAS and two instances of a deployment group, all on this
machine, on PostgreSQL 15, with nginx $(nginx -v 2>&1 | sed 's|.*/||') and \`deploy/nginx/gazette.conf\` in front), the
reference feed imported. wrk, 2 threads, 50 connections, ${run_seconds} s per figure after a
${warmup_seconds} s warm-up. All three servers share the machine's 2 cores with wrk, so the
instances count for availability here, not for throughput. Compare within one run.

### Readers: GET $article ($(wc -c < "$work/www/article.html") bytes, identity)

| | requests/s | p99 latency | ratio to nginx static | target |
|---|---:|---:|---:|---|
| through nginx (micro-cache, both instances) | $cached | $cached_p99 | $(ratio "$cached" "$static")× | ≥ 0.7× |
| one instance alone (its document cache) | $alone | $alone_p99 | $(ratio "$alone" "$static")× | |
| nginx static file | $static | $static_p99 | 1 | |

### An instance killed under load

wrk, 2 threads, 8 connections, 15 s over the site's $(wc -w <<< "$paths") article pages through nginx;
instance gazette-2 killed with \`kill -9\` after ${kill_after} s. Requests: $failover_requests; failed
(non-2xx or socket errors): **$failed** (target 0).

### A new version rolled out under load

The same readers for 200 s while \`scripts/cluster.sh upgrade\` deploys the EAR as a new
application version beside the running one and moves the instances to it one at a time (stop,
switch, start, wait for nginx to take the instance back). Requests: $upgrade_requests; failed
(non-2xx, socket errors, or no answer within 10 s): **$upgrade_failed** (target 0). p99 latency
$upgrade_p99, slowest $upgrade_max: the first requests a freshly started instance answers are slow.

### Publish to visible

An article imported through instance A, then read until it shows, 20 times each:

| where | p50 | p95 | target |
|---|---:|---:|---|
| instance B's /feed/rss.xml | $(percentile 50 "${to_b[@]}") ms | $(percentile 95 "${to_b[@]}") ms | p95 < 1,000 ms |
| /feed/rss.xml through nginx's micro-cache | $(percentile 50 "${to_front[@]}") ms | $(percentile 95 "${to_front[@]}") ms | p95 < 2,000 ms |
MARKDOWN
)"
bench/write-section.sh cluster "$section"
echo "$section"
