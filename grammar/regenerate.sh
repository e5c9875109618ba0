#!/usr/bin/env bash
# Regenerates the C++ parser in grammar/generated/ from grammar/CQL.g4.
#
# Usage: grammar/regenerate.sh            (from any working directory)
#
# Needs the ANTLR tool: `antlr4` on PATH (Debian package antlr4, 4.7.2), or
# set ANTLR4 to a command, e.g. ANTLR4="java -jar /usr/share/java/antlr4.jar".
# The generated code is committed; the build never runs ANTLR.
# grammar/generated/GRAMMAR_SHA256 records which CQL.g4 it came from, so a
# check can tell when the generated code is stale.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${here}/generated"
antlr="${ANTLR4:-antlr4}"

tmp="$(mktemp -d)"
trap 'rm -rf "${tmp}"' EXIT

# Run from the grammar directory with -Xexact-output-dir so that the files
# land directly in ${tmp} (no nested grammar/ directory), and so that the
# "Generated from CQL.g4" header line carries no machine-specific path.
(
  cd "${here}"
  ${antlr} -Dlanguage=Cpp -no-listener -no-visitor \
    -package talon::grammar \
    -Xexact-output-dir -o "${tmp}" CQL.g4
)

# The C++ code needs only the lexer and parser sources; the .interp/.tokens
# files are for tooling and are not kept.
rm -rf "${out}"
mkdir -p "${out}"
for f in CQLLexer.h CQLLexer.cpp CQLParser.h CQLParser.cpp; do
  if [[ ! -f "${tmp}/${f}" ]]; then
    echo "regenerate.sh: ANTLR did not produce ${f}" >&2
    exit 1
  fi
  cp "${tmp}/${f}" "${out}/${f}"
done

sha256sum "${here}/CQL.g4" | cut -d' ' -f1 > "${out}/GRAMMAR_SHA256"

echo "regenerated ${out} (CQL.g4 sha256 $(cat "${out}/GRAMMAR_SHA256"))"
