#!/usr/bin/env bash
# Makes a Payara Server domain stop naming itself on every response: no "Server: Payara Server
# 6.x" and no "X-Powered-By: ... Java/..." headers on the public HTTP listeners. Run it on a stopped
# domain's domain.xml; on a running one use the same two settings through asadmin (README).
set -euo pipefail
domain_xml=$1
sed -i 's|<http default-virtual-server="server"|<http xpowered-by="false" server-header="false" default-virtual-server="server"|' "$domain_xml"
grep -q 'xpowered-by="false"' "$domain_xml"
