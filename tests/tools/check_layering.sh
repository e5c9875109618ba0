#!/usr/bin/env bash
# Enforces the include layering of STYLE.md §2.10: each folder includes headers only from the
# layers to its left, ANTLR headers appear only in frontend/*.cc and LLVM headers only in
# codegen/*.cc. The include root is the repository root for every target, so the linker alone
# would not catch an illegal header-only include. Runs under ctest (test "layering").
#
# Usage: tests/tools/check_layering.sh ROOT
# Prints one "file:line: ..." per violation; exits 1 if there is any, 0 otherwise.
set -euo pipefail

root="${1:?usage: check_layering.sh ROOT}"
cd "$root"

# Top-level folders whose headers are ours; any other include is a system or third-party one.
project_dirs='^(frontend|planner|codegen|runtime|repl|tools|grammar|tests|bench)/'
# Public API of the runtime that repl/ and tools/ may use (plus frontend/base/ and their own).
runtime_api='^runtime/(engine|app_runtime|options|event)\.h$'

violations=0
report() {  # file line include why
  echo "$1:$2: #include \"$3\": $4"
  violations=$((violations + 1))
}

is_antlr() {  # the ANTLR runtime and the generated parser
  [[ "$1" == antlr4-runtime.h || "$1" == antlr4-runtime/* || "$1" == grammar/* ||
     "$1" == CQLLexer.h || "$1" == CQLParser.h ]]
}

is_llvm() { [[ "$1" == llvm/* || "$1" == llvm-c/* ]]; }

check_include() {  # file line include
  local file="$1" line="$2" inc="$3"
  local folder="${file%%/*}"
  local ext="${file##*.}"

  # ANTLR: only frontend/*.cc (never frontend/base, never a header).
  if is_antlr "$inc"; then
    if [[ "$file" != frontend/* || "$file" == frontend/base/* || "$ext" == h ]]; then
      report "$file" "$line" "$inc" "ANTLR headers are allowed only in frontend/*.cc"
    fi
    return
  fi
  # LLVM: only codegen/*.cc; codegen headers stay LLVM-free so runtime/ can include them.
  if is_llvm "$inc"; then
    if [[ "$folder" != codegen || "$ext" == h ]]; then
      report "$file" "$line" "$inc" "LLVM headers are allowed only in codegen/*.cc"
    fi
    return
  fi
  [[ "$inc" =~ $project_dirs ]] || return 0  # absl, std, re2, simdjson, CLI11, ...

  case "$file" in
    frontend/base/*)
      [[ "$inc" == frontend/base/* ]] ||
        report "$file" "$line" "$inc" "frontend/base may include only frontend/base"
      ;;
    frontend/*)
      [[ "$inc" == frontend/* ]] ||
        report "$file" "$line" "$inc" "frontend may include only frontend (and grammar/generated from .cc files)"
      ;;
    planner/*)
      [[ "$inc" == frontend/* || "$inc" == planner/* ]] ||
        report "$file" "$line" "$inc" "planner may include only frontend and planner"
      ;;
    codegen/*)
      [[ "$inc" == frontend/* || "$inc" == planner/* || "$inc" == codegen/* ]] ||
        report "$file" "$line" "$inc" "codegen may include only frontend, planner and codegen"
      ;;
    runtime/*)
      [[ "$inc" == frontend/* || "$inc" == planner/* || "$inc" == runtime/* ||
         "$inc" == codegen/jit.h || "$inc" == codegen/kernel_abi.h ]] ||
        report "$file" "$line" "$inc" "runtime may include frontend, planner, runtime, and only codegen/jit.h and codegen/kernel_abi.h from codegen"
      ;;
    repl/* | tools/*)
      # runtime/registry.h is allowed for listing functions (:functions, talon functions);
      # runtime/io/io.h is the public face of live I/O (`talon run`, `talon dev-kafka`).
      [[ "$inc" =~ $runtime_api || "$inc" == runtime/registry.h || "$inc" == runtime/io/io.h ||
         "$inc" == frontend/base/* ||
         "$inc" == repl/* || "$inc" == tools/* ]] ||
        report "$file" "$line" "$inc" "repl and tools may include only the runtime API (runtime/engine.h, app_runtime.h, options.h, event.h, registry.h, io/io.h), frontend/base, repl and tools"
      ;;
  esac
}

include_re='^[[:space:]]*#[[:space:]]*include[[:space:]]*[<"]([^>"]+)[>"]'
while IFS= read -r file; do
  # Both #include "x" and #include <x>: a project header is judged by its path either way.
  while IFS= read -r match; do
    line="${match%%:*}"
    [[ "${match#*:}" =~ $include_re ]] && check_include "$file" "$line" "${BASH_REMATCH[1]}"
  done < <(grep -nE "$include_re" "$file" || true)
done < <(find frontend planner codegen runtime repl tools -type f \
           \( -name '*.h' -o -name '*.cc' -o -name '*.hpp' -o -name '*.cpp' -o -name '*.inc' \) \
           2>/dev/null | sort)

if (( violations > 0 )); then
  echo "check_layering: ${violations} layering violation(s); see STYLE.md §2.10" >&2
  exit 1
fi
echo "check_layering: ok"
