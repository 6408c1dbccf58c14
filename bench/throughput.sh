#!/usr/bin/env bash
# Measures the feed (/feed/rss.xml), the home page and an article page on the packaged EAR running on
# Payara Server against nginx serving the very same bytes as static files, in one run on this
# machine: wrk with 2 threads and 50 connections, identity and gzip, after a warm-up. Also times
# rendering the feed from cold, i.e. the first request after the content changed. Writes the
# figures to docs/performance.md.
#
# Needs wrk and nginx from Debian (installed here when missing), ports 8080, 4848 and 8081 free.
set -euo pipefail
cd "$(dirname "$0")/.."

warmup_seconds="${WARMUP_SECONDS:-15}"
run_seconds="${RUN_SECONDS:-15}"
# shellcheck source=bench/lib.sh
. bench/lib.sh

export GAZETTE_ADMIN_PASSWORD=bench-admin-password GAZETTE_BASE_URL=https://maxdaten.io GAZETTE_SAMPLE_SITE=false
start_gazette

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
    sed "s|</description>| (round $round)</description>|g" "$feed" | import
    cold+=("$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/feed/rss.xml)")
done
import < "$feed"
curl -s -o /dev/null http://localhost:8080/feed/rss.xml
cached="$(curl -s -o /dev/null -w '%{time_total}' http://localhost:8080/feed/rss.xml)"

mkdir -p "$work/www"
curl -s http://localhost:8080/feed/rss.xml -o "$work/www/rss.xml"
curl -s http://localhost:8080/ -o "$work/www/index.html"
# The newest article, as the home page links it.
article="$(grep -o '<h2><a href="/[^"]*"' "$work/www/index.html" | head -1 | sed 's|.*href="||; s|"$||')"
[ -n "$article" ] || { echo "The home page links no article; nothing to measure." >&2; exit 1; }
curl -s "http://localhost:8080$article" -o "$work/www/article.html"
bytes="$(wc -c < "$work/www/rss.xml")"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    types { application/rss+xml xml; text/html html; }
    gzip on;
    gzip_types application/rss+xml;
    gzip_min_length 0;
    server { listen 127.0.0.1:8081; root $work/www; }
}
NGINX
chmod -R a+rX "$work"
nginx -c "$work/nginx.conf"

# shellcheck source=bench/wrk.sh
. bench/wrk.sh

# compare NAME GAZETTE_PATH NGINX_FILE IDENTITY_TARGET GZIP_TARGET P99_TARGET -> a markdown section
compare() {
    local gazette="http://localhost:8080$2" nginx="http://127.0.0.1:8081/$3"
    cmp -s "$work/www/$3" <(curl -sf "$gazette") || { echo "$gazette changed while measuring; not measuring." >&2; exit 1; }
    cmp -s "$work/www/$3" <(curl -sf "$nginx") || { echo "$nginx does not serve the saved bytes; not measuring." >&2; exit 1; }
    for url in "$gazette" "$nginx"; do
        wrk -t2 -c50 "-d${warmup_seconds}s" "$url" >/dev/null
        wrk -t2 -c50 "-d${warmup_seconds}s" -H 'Accept-Encoding: gzip' "$url" >/dev/null
    done
    local gi gip ni nip gg ggp ng ngp
    read -r gi gip <<< "$(measure "$gazette")"
    read -r ni nip <<< "$(measure "$nginx")"
    read -r gg ggp <<< "$(measure "$gazette" 'Accept-Encoding: gzip')"
    read -r ng ngp <<< "$(measure "$nginx" 'Accept-Encoding: gzip')"
    cat <<SECTION
### $1: GET $2 ($(wc -c < "$work/www/$3") bytes)

| | requests/s | p99 latency | ratio to nginx | target |
|---|---:|---:|---:|---|
| Gazette, identity | $gi | $gip | $(ratio "$gi" "$ni")× nginx static | ≥ $4× |
| nginx static, identity | $ni | $nip | 1 | |
| Gazette, gzip (pre-compressed) | $gg | $ggp | $(ratio "$gg" "$ng")× nginx gzip | ≥ $5× |
| nginx, gzip on the fly | $ng | $ngp | 1 | |

p99 target: under $6 ms.

SECTION
}

feed_section="$(compare "Feed" /feed/rss.xml rss.xml 0.4 5 20)"
home_section="$(compare "Home page" / index.html 0.3 5 25)"
article_section="$(compare "Article page" "$article" article.html 0.3 5 25)"

ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
cold_sorted="$(printf '%s\n' "${cold[@]}" | sort -n | tr '\n' ' ')"
median_cold="$(printf '%s\n' "${cold[@]}" | sort -n | sed -n 3p)"

section="$(cat <<MARKDOWN
## Throughput (bench/throughput.sh)

Measured by \`bench/throughput.sh\` on $(date -u +%Y-%m-%d) on this project's 2-core machine:
Payara Server with the packaged EAR on the embedded H2 database, the reference feed imported
($bytes bytes of RSS), and nginx $(nginx -v 2>&1 | sed 's|.*/||') serving the same bytes as static files
(\`gzip on\`, compressing on the fly). wrk, 2 threads, 50 connections, ${run_seconds} s per figure after a
${warmup_seconds} s warm-up of each server and encoding. Figures vary between runs and server restarts;
compare within one run. Stock WordPress manages about 40 requests/s on an article on this machine.
Why pages stop near 25,000 requests/s on Payara Server here: [ADR 003](adr/003-admin-in-its-own-war.md).

$feed_section

$home_section

$article_section

### Rendering the feed from cold

The first request after a change queries the database and renders the feed; later requests are
served from the cache until the next change.

- first request after a change (5 changes): $(for t in $cold_sorted; do printf '%s ms ' "$(ms "$t")"; done)(median $(ms "$median_cold") ms)
- next request, from the cache: $(ms "$cached") ms
MARKDOWN
)"
bench/write-section.sh throughput "$section"
echo "$section"
