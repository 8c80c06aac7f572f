#!/usr/bin/env bash
# Installs the Debian packages Ibis needs to build, run and test — only the missing ones.
# Called by `make setup`; safe to run again.
set -euo pipefail

BUILD_PACKAGES=(libwebkit2gtk-4.1-dev build-essential pkg-config libssl-dev libsoup-3.0-dev
  libayatana-appindicator3-dev librsvg2-dev libxdo-dev)
TEST_PACKAGES=(xvfb xauth webkit2gtk-driver poppler-utils qpdf)

missing=()
for pkg in "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: system packages present"
  exit 0
fi

echo "setup: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
