#!/usr/bin/env bash
# Provides the Node.js that Vaadin builds the frontend bundle with (the chart component is an npm package), where
# Vaadin's own download from the Node.js site cannot be reached: the system npm fetches Node and npm as packages from
# the npm registry and unpacks them as a Node distribution at ~/.vaadin/node-v<version>, where Vaadin looks first.
# Run by Maven at `initialize` (pom.xml, exec-maven-plugin); does nothing when that Node is already there.
# Usage: install-node.sh <node version> <npm major version>. See docs/decisions/0014-dashboard-and-charts.md.
set -euo pipefail

node_version="${1:?node version}"
npm_major="${2:?npm major version}"
target="${VAADIN_HOME:-$HOME/.vaadin}/node-v$node_version"

if [ -x "$target/bin/node" ] && [ -e "$target/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64 ;;
  Linux-aarch64) platform=linux-arm64 ;;
  Darwin-arm64) platform=darwin-arm64 ;;
  Darwin-x86_64) platform=darwin-x64 ;;
  *) echo "install-node: no Node package for $(uname -s)-$(uname -m); Vaadin will download Node itself"; exit 0 ;;
esac
if ! command -v npm >/dev/null 2>&1; then
  echo "install-node: no npm on PATH; Vaadin will download Node itself (or install Node.js and npm and build again)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "install-node: fetching node-$platform@$node_version and npm@$npm_major from the npm registry"
(cd "$work" && npm pack --silent "node-$platform@$node_version" "npm@$npm_major" >/dev/null)

mkdir -p "$work/dist/lib/node_modules/npm"
tar -xzf "$work"/node-"$platform"-*.tgz -C "$work/dist" --strip-components=1 package
tar -xzf "$work"/npm-*.tgz -C "$work/dist/lib/node_modules/npm" --strip-components=1 package
rm -f "$work/dist/bin/npm" "$work/dist/bin/npx"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/dist/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/dist/bin/npx"
chmod +x "$work/dist/bin/node" "$work/dist/lib/node_modules/npm/bin/"*-cli.js

"$work/dist/bin/node" --version >/dev/null
mkdir -p "$(dirname "$target")"
# a partial directory of this process's own, so that two builds starting at once on a fresh machine do not collide
partial="$target.partial.$$"
mv "$work/dist" "$partial"
if ! mv -T "$partial" "$target" 2>/dev/null; then
  rm -rf "$partial"
  [ -x "$target/bin/node" ] || { echo "install-node: could not place Node at $target"; exit 1; }
fi
echo "install-node: Node $("$target/bin/node" --version), npm $("$target/bin/npm" --version) in $target"
