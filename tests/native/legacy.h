/* Functions declared the old way, without prototypes, as old and generated C headers still do. C17 leaves their
 * arguments unspecified (C23 reads `()` as `(void)`); the contract tests/native/legacy.yaml gives their prototypes. */
#ifndef BF_LEGACY_H
#define BF_LEGACY_H

typedef struct bf_legacy_pair {
    int left;
    int right;
} bf_legacy_pair;

/** Adds a and b. */
int bf_legacy_sum();

/** x times the pair's sum. */
double bf_legacy_scale();

/** How many times bf_legacy_sum has run; really takes no arguments. */
int bf_legacy_calls();

/** Has a prototype: a contract's signature may not change it. */
int bf_legacy_modern(int value);

#endif
