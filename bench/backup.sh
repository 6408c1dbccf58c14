#!/usr/bin/env bash
# Times a backup and a restore of a whole site: 1,000 and then 10,000 articles (Gazette's own
# generated content) with 100 images in the media library. For each size it builds the site on a new
# PostgreSQL schema through the import API and the admin's upload form, exports it
# (GET /feed/api/v1/export?passwords=true), starts the server again on another new schema and
# restores the archive there (POST /feed/api/v1/restore). It records the time of each, the peak heap
# the server used while it ran (jstat, every 250 ms) and the heap after a full GC, beside pg_dump and
# pg_restore of the same schema as the peer in the same run. Writes its section of docs/performance.md.
#
# Needs PostgreSQL at 127.0.0.1:5432 (database test, user postgres, as CI has it), pg_dump, curl and
# ports 8080 and 4848 free. Takes about 10 minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="${SIZES:-1000 10000}"
images="${IMAGES:-100}"
password=bench-admin-password
base=http://localhost:8080
generator=ear/src/test/java/org/gazette/it/GeneratedFeed.java
# shellcheck source=bench/lib.sh
. bench/lib.sh

export GAZETTE_ADMIN_PASSWORD="$password" GAZETTE_BASE_URL=https://backup.example GAZETTE_SAMPLE_SITE=false GAZETTE_DB_USER=postgres GAZETTE_DB_PASSWORD=
sql() { psql -q -h 127.0.0.1 -U postgres -d "${2:-test}" -c "$1" 2>/dev/null; }
on_schema() {
    sql "DROP SCHEMA IF EXISTS $1 CASCADE; CREATE SCHEMA $1;"
    export GAZETTE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$1"
    start_gazette
    server_pid="$(cat "$payara/glassfish/domains/domain1/config/pid")"
}
elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

# Runs a command while jstat samples the server's heap; leaves the seconds it took in $took and the peak (MB) in $peak.
sampled() {
    local start sampler
    jstat -gc "$server_pid" 250 > "$work/jstat.txt" &
    sampler=$!
    start=$(date +%s.%N)
    "$@"
    took=$(elapsed "$start")
    kill "$sampler"
    peak=$(awk 'NR > 1 && $1 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used } END { printf "%d", max / 1024 }' "$work/jstat.txt")
}

upload_images() {
    local n page state
    for n in $(seq 1 "$images"); do
        page=$(curl -s -b "$admin_cookies" -c "$admin_cookies" "$base/admin/media.xhtml")
        state=$(printf '%s' "$page" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
        curl -sf -b "$admin_cookies" -c "$admin_cookies" -o /dev/null -F upload=upload -F "upload:file=@$work/images/image-$n.png;type=image/png" \
            -F "upload:alt=Drawn image $n" -F "upload:send=Upload" -F "jakarta.faces.ViewState=$state" "$base/admin/media.xhtml"
    done
}

export_site() { curl -sf -u "admin:$password" -o "$work/site.zip" "$base/feed/api/v1/export?passwords=true"; }
restore_site() { curl -sf -u "admin:$password" -H 'Content-Type: application/zip' --data-binary @"$work/site.zip" "$base/feed/api/v1/restore" > "$work/restore.txt"; }

java bench/DrawnImages.java "$images" "$work/images"
rows=""
for size in $sizes; do
    on_schema gazette_backup_source
    import_items 0 "$size" >/dev/null
    sign_in
    upload_images
    heap_before=$(heap_after_full_gc)
    sampled export_site
    export_seconds=$took export_peak=$peak
    heap_export=$(heap_after_full_gc)
    archive_mb=$(awk -v b="$(stat -c %s "$work/site.zip")" 'BEGIN { printf "%.1f", b / 1048576 }')
    start=$(date +%s.%N)
    pg_dump -h 127.0.0.1 -U postgres -d test -n gazette_backup_source -Fc -f "$work/dump"
    dump_seconds=$(elapsed "$start")
    "$asadmin" stop-domain domain1 >/dev/null

    on_schema gazette_backup_target
    sampled restore_site
    restore_seconds=$took restore_peak=$peak
    heap_restore=$(heap_after_full_gc)
    result=$(tail -1 "$work/restore.txt")
    case "$result" in Restored*) ;; *) echo "the restore failed: $result" >&2; exit 1 ;; esac
    "$asadmin" stop-domain domain1 >/dev/null
    sql "DROP DATABASE IF EXISTS gazette_peer" postgres
    sql "CREATE DATABASE gazette_peer" postgres
    start=$(date +%s.%N)
    pg_restore -h 127.0.0.1 -U postgres -d gazette_peer "$work/dump"
    pg_restore_seconds=$(elapsed "$start")
    sql "DROP DATABASE gazette_peer" postgres
    rows="$rows| $size | $images | $archive_mb | $export_seconds | $dump_seconds | $export_peak | $restore_seconds | $pg_restore_seconds | $restore_peak | $heap_before / $heap_export / $heap_restore |
"
    echo "$size articles: $result" >&2
done

section="## Backup and restore (bench/backup.sh, $(date -u +%Y-%m-%d))

Payara Server $(sed -n 's|.*<payara.version>\(.*\)</payara.version>.*|\1|p' pom.xml) at its default \`-Xmx512m\`, the packaged EAR, PostgreSQL 15 on this
machine. The site: generated articles of about 2.5 KB (imported 2,000 to a document) and
$images drawn 1600 x 900 PNGs uploaded through the admin (three stored widths each). *Export* is
\`GET /feed/api/v1/export?passwords=true\` to a file; *restore* is \`POST /feed/api/v1/restore\` of that
file into a server started on a new, empty schema, until its last line. The peer in the same run is
\`pg_dump -Fc\` of the source schema and \`pg_restore\` of that dump into a new database. *Peak heap*
is the most the server's heap held while the request ran (jstat every 250 ms, young generation
included, so it shows when the collector ran more than what is live); *after GC* is what a full GC
left before the export, after it, and after the restore.

| articles | images | archive MB | export s | pg_dump s | export peak heap MB | restore s | pg_restore s | restore peak heap MB | heap after GC, KB: before / after export / after restore |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
$rows
Target: export and restore of 10,000 articles with 100 images under 60 s each, with a flat heap.
"
bench/write-section.sh backup "$section"
echo "$section"
