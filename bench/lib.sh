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

# Starts the server on an empty embedded database (or the GAZETTE_DB_* the caller exported) and deploys.
start_gazette() {
    rm -rf "$payara/glassfish/domains/domain1/data"
    scripts/quiet-server.sh "$payara/glassfish/domains/domain1/config/domain.xml"
    "$asadmin" start-domain domain1 >/dev/null
    "$asadmin" deploy --force=true --name gazette ear/target/gazette.ear >/dev/null
}
