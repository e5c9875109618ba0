#!/usr/bin/env bash
# Fails when grammar/generated/ was not regenerated after the last change to grammar/CQL.g4:
# the generated parser is checked in (the build needs no Java), so a stale one would otherwise
# ship silently. grammar/regenerate.sh writes the grammar's sha256 to GRAMMAR_SHA256.
# Runs under ctest (test "grammar_fresh").
#
# Usage: tests/tools/check_grammar_fresh.sh ROOT
set -euo pipefail

root="${1:?usage: check_grammar_fresh.sh ROOT}"
grammar="$root/grammar/CQL.g4"
recorded_file="$root/grammar/generated/GRAMMAR_SHA256"

if [[ ! -f "$grammar" ]]; then
  echo "check_grammar_fresh: $grammar is missing" >&2
  exit 1
fi
if [[ ! -f "$recorded_file" ]]; then
  echo "check_grammar_fresh: $recorded_file is missing; run grammar/regenerate.sh" >&2
  exit 1
fi

actual="$(sha256sum "$grammar" | cut -d' ' -f1)"
recorded="$(cut -d' ' -f1 < "$recorded_file" | tr -d '[:space:]')"
if [[ "$actual" != "$recorded" ]]; then
  echo "check_grammar_fresh: grammar/generated is stale: CQL.g4 has sha256 $actual," \
       "but the generated parser was made from $recorded; run grammar/regenerate.sh" >&2
  exit 1
fi
echo "check_grammar_fresh: ok"
