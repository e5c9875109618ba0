#!/usr/bin/env bash
# Installs the Debian 12 packages Talon builds and tests with. Idempotent: when every package is
# already present it prints nothing and returns at once. Needs root (or sudo) only when something is
# missing.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  antlr4 libantlr4-runtime-dev
  llvm-19-dev libzstd-dev zlib1g-dev libxml2-dev libcurl4-openssl-dev libedit-dev libffi-dev
  clang-19 libclang-rt-19-dev
  libabsl-dev libre2-dev libgtest-dev libgmock-dev libbenchmark-dev
  librdkafka-dev kcat libsimdjson-dev libfmt-dev libcli11-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps: installing ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q >/dev/null
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
