#!/usr/bin/env bash
# Builds a site of 100, then 1,000, 10,000 and 100,000 articles through the import API (Gazette's own
# generated content, bench/../ear/src/test/java/org/gazette/it/GeneratedFeed.java), on PostgreSQL by
# default (SCALE_DB=h2 for the embedded database), and at each size records, for every kind of public
# document and for the admin's article list, how long it takes cold (the first request after the cache
# was emptied) and warm (from the cache), beside nginx serving the very same bytes. Also records the
# import rate, the heap after a full GC, reads during a concurrent import, and the cache hits of a
# crawl of 1,000 article pages after a publish. Writes its section of docs/performance.md.
#
# Needs PostgreSQL at 127.0.0.1:5432 (database test, user postgres, as CI has it), wrk, nginx and
# curl (installed from Debian when missing), and ports 8080, 4848 and 8081 free. Takes about 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="${SIZES:-100 1000 10000 100000}"
database="${SCALE_DB:-postgresql}"
password=bench-admin-password
base=http://localhost:8080
generator=ear/src/test/java/org/gazette/it/GeneratedFeed.java
# shellcheck source=bench/lib.sh
. bench/lib.sh

export GAZETTE_ADMIN_PASSWORD="$password" GAZETTE_BASE_URL=https://scale.example GAZETTE_SAMPLE_SITE=false
if [ "$database" = postgresql ]; then
    psql -q -h 127.0.0.1 -U postgres -d test -c 'DROP SCHEMA IF EXISTS gazette_scale CASCADE; CREATE SCHEMA gazette_scale;' 2>/dev/null
    export GAZETTE_DB_URL='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=gazette_scale' GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD=
fi
start_gazette
server_pid="$(cat "$payara/glassfish/domains/domain1/config/pid")"

mkdir -p "$work/www"
cat > "$work/nginx.conf" <<NGINX
worker_processes 1;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 256; }
http { access_log off; default_type application/octet-stream; server { listen 127.0.0.1:8081; root $work/www; } }
NGINX
nginx -c "$work/nginx.conf"

seconds() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
fetch() { curl -s -o "$2" -w '%{time_total}' -H 'Accept-Encoding: gzip' "$1"; }

empty_cache() { curl -sf -X DELETE -u "admin:$password" "$base/feed/api/v1/cache"; }

# This machine's PostgreSQL runs with autovacuum off (CI's setting); a production one has it on, and
# it would have analyzed and vacuumed the tables after imports this large. Do what it would have done.
refresh_statistics() {
    if [ "$database" = postgresql ]; then
        PGOPTIONS='-c search_path=gazette_scale' psql -q -h 127.0.0.1 -U postgres -d test \
            -c 'VACUUM ANALYZE article, article_tag, revision, tag, author, article_media'
    fi
}


# measure NAME PATH -> a table row: cold, warm (median of 5), nginx on the same bytes (median of 5), size
documents=0
measure() {
    local name=$1 path=$2 cold warm peer file
    documents=$((documents + 1))
    file="$work/www/document-$documents.bin"
    cold=$(fetch "$base$path" "$file")
    warm=$(for i in 1 2 3 4 5; do fetch "$base$path" /dev/null; echo; done | median)
    peer=$(for i in 1 2 3 4 5; do fetch "http://127.0.0.1:8081/$(basename "$file")" /dev/null; echo; done | median)
    printf '| %s | `%s` | %s | %s | %s | %s |\n' "$name" "$path" "$(seconds "$cold")" "$(seconds "$warm")" "$(seconds "$peer")" \
        "$(stat -c %s "$file")"
}

# The admin's list is never cached: each time is a render. Median of 3.
measure_admin() {
    local name=$1 path=$2 times
    times=$(for i in 1 2 3; do curl -s -b "$admin_cookies" -o /dev/null -w '%{time_total}' "$base$path"; echo; done | median)
    printf '| %s | `%s` | %s | | | |\n' "$name" "$path" "$(seconds "$times")"
}


sections=()
count=0
for size in $sizes; do
    spent=$(import_items "$count" $((size - count)))
    rate=$(awk -v n=$((size - count)) -v s="$spent" 'BEGIN { printf "%.0f", n / s }')
    count=$size
    sign_in
    # A warm-up of the JVM on documents the measurement does not use, then an empty cache.
    for n in 1 2 3 4 5 6 7 8 9 10; do curl -s -o /dev/null "$base/$(printf 'generated-article-%d' $(( (n * 37) % size )))"; done
    for path in / /feed/rss.xml /archive /tags/topic-02; do curl -s -o /dev/null "$base$path"; done
    page2=$(curl -s "$base/" | grep -o 'href="/?before=[^"]*"' | head -1 | sed 's/href="//; s/"$//')
    refresh_statistics
    empty_cache
    deep_slug="generated-article-$((size * 95 / 100))"
    year=$(date -u -d @$(( $(date -u -d 2019-12-31T12:00:00Z +%s) - size / 2 * 3600 )) +%Y)
    part=$(( (size + 49999) / 50000 ))
    rows=$(
        measure "home" "/"
        measure "home, page 2" "$page2"
        measure "home, deep page" "/?before=$deep_slug"
        measure "article" "/generated-article-$((size / 3))"
        measure "tag" "/tags/topic-05"
        measure "author" "/authors/generated-author-3"
        measure "archive year" "/archive/$year"
        measure "sitemap index" "/feed/sitemap.xml"
        measure "sitemap part" "/feed/sitemaps/articles-$part.xml"
        measure "RSS" "/feed/rss.xml"
        measure "Atom" "/feed/atom.xml"
        measure "JSON Feed" "/feed/feed.json"
        measure_admin "admin list" "/admin/"
        measure_admin "admin list, filtered and sorted" "/admin/?status=PUBLISHED&q=article+1&tag=topic-05&sort=TITLE"
    )
    heap=$(heap_after_full_gc)
    sections+=("### $size articles

Import: $rate new items/s. Heap after a full GC: $heap.

| document | path | cold ms | warm ms | nginx, same bytes, ms | bytes (gzip) |
|---|---|---:|---:|---:|---:|
$rows
")
done

# Reads while an import writes: no errors, no OutOfMemoryError.
cat > "$work/paths.lua" <<'LUA'
local n = 0
request = function()
    n = n + 1
    local paths = { "/", "/feed/rss.xml", "/archive", "/tags/topic-0" .. (n % 9 + 1), "/generated-article-" .. ((n * 7919) % 90000) }
    return wrk.format("GET", paths[n % #paths + 1])
end
LUA
wrk -t2 -c20 -d40s -s "$work/paths.lua" "$base" > "$work/wrk.txt" &
wrk_pid=$!
concurrent_spent=$(import_items "$count" 4000)
wait "$wrk_pid"
count=$((count + 4000))
loaded=$count
concurrent_rate=$(awk -v s="$concurrent_spent" 'BEGIN { printf "%.0f", 4000 / s }')
reads=$(awk '/Requests\/sec/ { print $2 }' "$work/wrk.txt")
read_errors=$(awk '/Non-2xx|Socket errors/ { print }' "$work/wrk.txt")

# One document of 10,000 items, with shorter bodies so that it fits the import's 20 MB.
java "$generator" 300000 10000 "$work/large.xml" 1000
large_bytes=$(stat -c %s "$work/large.xml")
large_seconds=$(curl -sf -o "$work/report.json" -w '%{time_total}' -u "admin:$password" -H 'Content-Type: application/rss+xml' \
    --data-binary @"$work/large.xml" "$base/feed/api/v1/import")
large_created=$(grep -o '"created":[0-9]*' "$work/report.json" | cut -d: -f2)
count=$((count + 10000))

# A publish, then a crawl of 1,000 article pages that were cached before it.
for n in $(seq 1 1000); do curl -s -o /dev/null "$base/generated-article-$(( (n * 97) % count ))"; done
import_items 200000 1 >/dev/null
hits=0
for n in $(seq 1 1000); do
    state=$(curl -s -o /dev/null -D - "$base/generated-article-$(( (n * 97) % count ))" | tr -d '\r' | awk 'tolower($1) == "x-gazette-cache:" { print $2 }')
    [ "$state" = hit ] && hits=$((hits + 1))
done
statistics=$(curl -sf -u "admin:$password" "$base/feed/api/v1/cache")
ooms=$(grep -c OutOfMemoryError "$payara/glassfish/domains/domain1/logs/server.log" || true)

section="## Scale: $sizes articles on $database (bench/scale.sh, $(date -u +%Y-%m-%d))

Payara Server $(sed -n 's|.*<payara.version>\(.*\)</payara.version>.*|\1|p' pom.xml) at its default \`-Xmx512m\`, the packaged EAR, $database; articles of
about 2.5 KB with three of 24 tags and one of eight authors, published an hour apart, imported
2,000 to a document through \`POST /feed/api/v1/import\`. *Cold* is the first request after the
cache was emptied (\`DELETE /feed/api/v1/cache\`), so the document is queried and rendered; *warm*
is the median of the next five, from the cache; *nginx* serves the same bytes from a file, the peer
in the same run. Times are curl's total, gzip accepted, on one connection. This machine's PostgreSQL
runs without autovacuum, so after each size the benchmark runs the \`VACUUM ANALYZE\` autovacuum
would have run; without it the planner knows nothing of the new rows and picks worse plans.

$(printf '%s\n' "${sections[@]}")
### Under load at $loaded articles

- reads with wrk (2 threads, 20 connections, 40 s, home, feed, archive, tag and article pages) while
  4,000 items were imported: $reads requests/s${read_errors:+, $read_errors}; the import ran at $concurrent_rate items/s.
- one document of 10,000 items ($((large_bytes / 1048576)) MB): $large_created created in $large_seconds s.
- OutOfMemoryError in the server log: $ooms.
- after one more publish, a crawl of 1,000 article pages cached before it: $hits of 1,000 from the cache.
- the cache's own figures at the end: \`$statistics\`
"
bench/write-section.sh scale "$section"
echo "$section"
