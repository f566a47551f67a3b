#!/bin/sh
# Browser tests need Debian's Chromium and CJK fonts (without them screenshots show boxes).
# Installs them when missing and this user may; otherwise says how.
set -eu
missing=""
[ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || missing="chromium"
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing="$missing fonts-noto-cjk"
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages the browser tests need:$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
else
  echo "Browser tests need the Debian packages:$missing. Fix: sudo apt-get install -y$missing (or run .ci/run as root)." >&2
  exit 2
fi
