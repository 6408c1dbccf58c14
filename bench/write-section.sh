#!/usr/bin/env bash
# Puts a benchmark's report into its own section of docs/performance.md, between the markers
# <!-- NAME:begin --> and <!-- NAME:end -->, leaving the other benchmarks' sections as they are.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1
report=docs/performance.md
section_file="$(mktemp)"
printf '%s\n' "$2" > "$section_file"
[ -f "$report" ] || printf '# Performance\n' > "$report"
if ! grep -q "<!-- $name:begin -->" "$report"; then
    printf '\n<!-- %s:begin -->\n<!-- %s:end -->\n' "$name" "$name" >> "$report"
fi
awk -v begin="<!-- $name:begin -->" -v end="<!-- $name:end -->" -v file="$section_file" '
    $0 == begin { print; while ((getline line < file) > 0) print line; skipping = 1; next }
    $0 == end { skipping = 0 }
    !skipping { print }
' "$report" > "$report.new"
mv "$report.new" "$report"
rm -f "$section_file"
