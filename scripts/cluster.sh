#!/usr/bin/env bash
# A Gazette cluster on this machine, as the README's "Running a cluster" describes it: a Payara
# Server domain (the DAS), a deployment group of two instances running ear/target/gazette.ear on
# the PostgreSQL that GAZETTE_DB_URL names, and nginx in front with deploy/nginx/gazette.conf.
#
#   scripts/cluster.sh start    creates and starts it all; returns when both instances serve Gazette
#   scripts/cluster.sh stop     stops it all and deletes the domain, the instances and nginx's files
#   scripts/cluster.sh start-instances NAME...   starts stopped instances, returns when they serve Gazette
#   scripts/cluster.sh stop-instances NAME...    stops instances, as an operator would
#   scripts/cluster.sh upgrade  puts ear/target/gazette.ear in place of the running version, one
#                               instance at a time, as the README's "A new version" does it
#
# Settings (environment): GAZETTE_DB_URL, GAZETTE_DB_USER, GAZETTE_DB_PASSWORD (required);
# GAZETTE_CLUSTER_DIR (default .cluster), GAZETTE_CLUSTER_NGINX_PORT (default 8088); every other
# GAZETTE_* variable reaches the instances, which inherit the DAS's environment.
set -euo pipefail
cd "$(dirname "$0")/.."

payara="${PAYARA_HOME:-$PWD/ear/target/payara6}"
dir="${GAZETTE_CLUSTER_DIR:-$PWD/.cluster}"
nginx_port="${GAZETTE_CLUSTER_NGINX_PORT:-8088}"
domain=gazette-cluster
group=gazette
node="localhost-$domain"
instances=(gazette-1 gazette-2)
http_ports=(28080 28081)
das_admin_port=10048
nginx_fail_timeout="$(grep -o -m1 'fail_timeout=[0-9]*' deploy/nginx/gazette.conf | cut -d= -f2)"
password_file="$dir/asadmin-password"
asadmin=("$payara/bin/asadmin" --user admin --passwordfile "$password_file" --port "$das_admin_port")

say() { printf '[cluster] %s\n' "$*"; }

# Waits for a 200 whose body holds $2 (when given): before the EAR is loaded, Payara answers
# /health/ready itself with an UP that lists no checks.
await_gazette() {
    local url=$1 expected=${2:-} deadline=$((SECONDS + 240))
    local body
    until body="$(curl -sf "$url" 2>/dev/null)" && [[ "$body" == *"$expected"* ]]; do
        if [ $SECONDS -ge $deadline ]; then
            say "Gazette did not answer at $url within 240 s; see $dir and the instances' server.log." >&2
            return 1
        fi
        sleep 1
    done
}

start() {
    if [ -z "${GAZETTE_DB_URL:-}" ]; then
        say "GAZETTE_DB_URL must name the PostgreSQL database the instances share (jdbc:postgresql://...)." >&2
        exit 2
    fi
    if ! command -v nginx >/dev/null; then
        say "Installing Debian's nginx-light."
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null
    fi
    # What an earlier run left behind (a test killed halfway) would make the domain's creation fail.
    [ -d "$dir" ] && stop
    mkdir -p "$dir"
    umask 077
    printf 'AS_ADMIN_PASSWORD=%s\nAS_ADMIN_MASTERPASSWORD=%s\n' "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" \
        "$(head -c 24 /dev/urandom | base64 | tr -d '/+=')" > "$password_file"
    umask 022
    say "Creating the domain $domain (DAS admin port $das_admin_port)."
    "${asadmin[@]}" create-domain --usemasterpassword=true --savemasterpassword=true --domaindir "$dir/domains" \
        --portbase 10000 "$domain" >/dev/null
    scripts/quiet-server.sh "$dir/domains/$domain/config/domain.xml"
    "${asadmin[@]}" start-domain --domaindir "$dir/domains" "$domain" >/dev/null
    "${asadmin[@]}" create-deployment-group "$group" >/dev/null
    for i in "${!instances[@]}"; do
        say "Creating instance ${instances[$i]} (HTTP ${http_ports[$i]})."
        "${asadmin[@]}" create-local-instance --node "$node" --deploymentgroup "$group" \
            --systemproperties "HTTP_LISTENER_PORT=${http_ports[$i]}" "${instances[$i]}" >/dev/null
    done
    # Deployed before the instances start, so they load it at the same moment, as after a power cut.
    say "Deploying gazette.ear to the deployment group, with sessions kept in the data grid."
    "${asadmin[@]}" deploy --target "$group" --availabilityenabled=true --name gazette "$PWD/ear/target/gazette.ear" >/dev/null
    # Started here rather than by start-deployment-group: the DAS cannot hand the instances the
    # domain's master password (it is not Payara's default one), this password file can.
    say "Starting the instances together."
    start_nginx
    start_instances "${instances[@]}"
    await_gazette "http://127.0.0.1:$nginx_port/feed/rss.xml"
    say "Gazette runs on ${instances[*]} (ports ${http_ports[*]}), behind nginx on port $nginx_port."
}

# Starts these instances at the same moment and waits until each serves Gazette.
start_instances() {
    local starting=()
    for instance in "$@"; do
        "${asadmin[@]}" start-local-instance --node "$node" "$instance" >/dev/null &
        starting+=($!)
    done
    for pid in "${starting[@]}"; do
        wait "$pid"
    done
    for instance in "$@"; do
        await_gazette "http://127.0.0.1:$(port_of "$instance")/health/ready" '"installation"'
    done
}

stop_instances() {
    for instance in "$@"; do
        "${asadmin[@]}" stop-instance "$instance" >/dev/null
    done
}

port_of() {
    for i in "${!instances[@]}"; do
        if [ "${instances[$i]}" = "$1" ]; then
            echo "${http_ports[$i]}"
            return
        fi
    done
    say "No instance is called $1; the instances are ${instances[*]}." >&2
    exit 2
}

# nginx as a user's process: the shipped server block, with this machine's port and folders.
start_nginx() {
    local conf="$dir/nginx"
    mkdir -p "$conf/cache" "$conf/temp"
    sed -e "s|listen 80;|listen $nginx_port;|" -e "s|/var/cache/nginx/gazette|$conf/cache|" deploy/nginx/gazette.conf > "$conf/gazette.conf"
    {
        [ "$(id -u)" -eq 0 ] && echo "user root;"
        cat <<EOF
worker_processes 2;
pid $conf/nginx.pid;
error_log $conf/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    # Which instance served each request, for the tests that kill the one serving an editor.
    log_format gazette '\$request_method \$request_uri \$status \$upstream_addr';
    access_log $conf/access.log gazette;
    client_body_temp_path $conf/temp/body;
    proxy_temp_path $conf/temp/proxy;
    fastcgi_temp_path $conf/temp/fastcgi;
    uwsgi_temp_path $conf/temp/uwsgi;
    scgi_temp_path $conf/temp/scgi;
    include $conf/gazette.conf;
}
EOF
    } > "$conf/nginx.conf"
    nginx -c "$conf/nginx.conf" -p "$conf"
}

# A rolling upgrade with Payara's application versions: the new version is deployed disabled beside
# the running one, then each instance in turn is stopped, switched and started, while nginx sends
# readers to the others.
upgrade() {
    local running next
    running="$(running_version)"
    next="gazette:$(date -u +%Y%m%d%H%M%S)"
    say "Deploying $next beside $running, disabled."
    "${asadmin[@]}" deploy --enabled=false --target "$group" --availabilityenabled=true --name "$next" \
        "$PWD/ear/target/gazette.ear" >/dev/null
    for instance in "${instances[@]}"; do
        say "Moving $instance to $next."
        "${asadmin[@]}" stop-instance "$instance" >/dev/null
        # Payara warns that it could not tell the stopped instance; the instance reads it at its start.
        "${asadmin[@]}" enable --target "$instance" "$next" >/dev/null
        start_instances "$instance"
        # While it started, the instance failed requests, so nginx leaves it out for its
        # fail_timeout; the next one stops only once nginx sends readers here again.
        sleep "$nginx_fail_timeout"
    done
    "${asadmin[@]}" enable --target "$group" "$next" >/dev/null
    "${asadmin[@]}" undeploy --target "$group" "$running" >/dev/null
    say "Gazette runs $next on ${instances[*]}."
}

running_version() {
    "${asadmin[@]}" list-applications --long "$group" | awk '$1 ~ /^gazette(:|$)/ && $NF == "enabled" {print $1}'
}

stop() {
    # The instances' logs outlive them, beside the server they ran on, for whoever looks into a failure.
    if [ -d "$payara/glassfish/nodes/$node" ]; then
        rm -rf "$payara/../cluster-logs" && mkdir -p "$payara/../cluster-logs"
        for instance in "${instances[@]}"; do
            cp -r "$payara/glassfish/nodes/$node/$instance/logs" "$payara/../cluster-logs/$instance" 2>/dev/null || true
        done
        cp "$dir/nginx/access.log" "$dir/nginx/error.log" "$payara/../cluster-logs/" 2>/dev/null || true
    fi
    if [ -f "$dir/nginx/nginx.pid" ]; then
        kill "$(cat "$dir/nginx/nginx.pid")" 2>/dev/null || true
    fi
    if [ -f "$password_file" ]; then
        "${asadmin[@]}" stop-deployment-group --kill=true "$group" >/dev/null 2>&1 || true
        for instance in "${instances[@]}"; do
            "${asadmin[@]}" delete-local-instance --node "$node" "$instance" >/dev/null 2>&1 || true
        done
        "${asadmin[@]}" stop-domain --kill=true --domaindir "$dir/domains" "$domain" >/dev/null 2>&1 || true
    fi
    # What a failed start may have left: instance processes and folders.
    for instance in "${instances[@]}"; do
        local pid_file="$payara/glassfish/nodes/$node/$instance/config/pid"
        [ -f "$pid_file" ] && kill -9 "$(cat "$pid_file")" 2>/dev/null || true
    done
    rm -rf "$payara/glassfish/nodes/$node" "$dir"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    start-instances) shift; start_instances "$@" ;;
    stop-instances) shift; stop_instances "$@" ;;
    upgrade) upgrade ;;
    *) echo "usage: $0 start|stop|start-instances NAME...|stop-instances NAME...|upgrade" >&2; exit 2 ;;
esac
