#!/usr/bin/env bash
# Makes sure Debian's xmllint (libxml2-utils) is installed: the IATI export tests validate
# their output against the official IATI 2.03 XSD with it. Safe to run again.
set -euo pipefail

if command -v xmllint >/dev/null 2>&1; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-xmllint: xmllint is missing and apt-get is not available" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y --no-install-recommends libxml2-utils >/dev/null 2>&1 || {
  $SUDO apt-get update >/dev/null
  $SUDO apt-get install -y --no-install-recommends libxml2-utils >/dev/null
}
command -v xmllint >/dev/null
echo "install-xmllint: $(xmllint --version 2>&1 | head -n 1)"
