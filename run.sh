#!/usr/bin/env bash
# Builds Gazette, fetches Payara Server through Maven and runs the EAR in the foreground on the
# embedded H2 database (or on PostgreSQL when GAZETTE_DB_URL is set). Ctrl-C stops the server
# cleanly. The server's domain, and with it the embedded database, lives in .run/ and keeps its
# data across restarts and across `./mvnw clean`.
set -euo pipefail
cd "$(dirname "$0")"

./mvnw -B -q package -DskipTests

asadmin=ear/target/payara6/bin/asadmin
run_dir="$PWD/.run"
domain=gazette
password_file="$run_dir/asadmin-password"

mkdir -p "$run_dir"
if [ ! -d "$run_dir/domains/$domain" ]; then
    # The server's own admin account and its master password (which guards its keystore) are random
    # too: no installation has a default one. The master password is saved in the domain for starts.
    umask 077
    printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_MASTERPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" \
        "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" > "$password_file"
    "$asadmin" --user admin --passwordfile "$password_file" create-domain --usemasterpassword=true --savemasterpassword=true \
        --domaindir "$run_dir/domains" --adminport 4848 --instanceport 8080 "$domain"
    scripts/quiet-server.sh "$run_dir/domains/$domain/config/domain.xml"
fi

printf 'deploy --force=true --name gazette %s\n' "$PWD/ear/target/gazette.ear" > "$run_dir/post-boot-commands"
export GAZETTE_SAMPLE_SITE="${GAZETTE_SAMPLE_SITE:-true}"

# Not the ready line's own words, so that waiting for them in this output cannot match this banner.
echo "Starting Gazette on Payara Server (about 30 s); the last line of its start names the admin's address and says it is ready. Ctrl-C stops it."
exec "$asadmin" --user admin --passwordfile "$password_file" start-domain --verbose \
    --domaindir "$run_dir/domains" --postbootcommandfile "$run_dir/post-boot-commands" "$domain"
