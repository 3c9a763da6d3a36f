#!/usr/bin/env bash
# Writes a synthetic C header of about LINES lines: blocks of ten lines, each a documented function, an object-like
# macro, a struct with a self pointer, an enum and a callback typedef, so that every kind of declaration grows with
# the header.
#
#   benchmarks/generator/synth.sh LINES OUT.h
set -euo pipefail
lines=${1:?usage: synth.sh LINES OUT.h}
out=${2:?usage: synth.sh LINES OUT.h}
case "$lines" in ''|*[!0-9]*) echo "synth.sh: LINES must be a number" >&2; exit 2 ;; esac

awk -v blocks=$(( lines / 10 )) 'BEGIN {
    print "#include <stddef.h>"
    for (i = 0; i < blocks; i++) {
        printf "/** Function %d: returns how many bytes of b it used. */\n", i
        printf "int synth_fn_%d(int a, const char *b, size_t n);\n", i
        printf "#define SYNTH_CONST_%d (%d + 1)\n", i, i
        printf "typedef struct synth_rec_%d {\n    int a;\n    double b;\n    struct synth_rec_%d *next;\n} synth_rec_%d;\n", i, i, i
        printf "enum synth_en_%d { SYNTH_EN_%d_A, SYNTH_EN_%d_B = 4 };\n", i, i, i
        printf "typedef int (*synth_cb_%d)(void *user, int x);\n", i
    }
}' > "$out"
