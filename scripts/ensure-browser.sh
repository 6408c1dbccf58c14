#!/usr/bin/env bash
# The browser tests need Debian's Chromium and ChromeDriver. Installs them from Debian's packages when
# they are missing (as root, or through sudo); does nothing when they are there.
set -euo pipefail

if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    exit 0
fi
echo "Installing Debian's chromium and chromium-driver for the browser tests..."
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
/usr/bin/chromium --version
