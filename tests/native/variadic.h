/* Variadic functions and function-like macros: what P/Invoke cannot call. A contract lists the typed forms callers
 * need and the macros' signatures; the generated C shim wraps each, and the thin and safe layers bind the wrappers. */
#ifndef BF_VARIADIC_H
#define BF_VARIADIC_H

#include <stddef.h>

/**
 * Formats its variadic arguments into out (at most cap bytes with the NUL) as "i:1 d:2.5 ...", one item per letter
 * of types: i int, d double, f float, c char, s short, p a const char * string. Returns the length written.
 */
int bf_vformat(char *out, size_t cap, const char *types, ...);

/** A settings object configured through one variadic function, as many libraries configure their handles. */
typedef struct bf_settings bf_settings;

bf_settings *bf_settings_new(void);
void bf_settings_free(bf_settings *settings);

/* The options of bf_settings_config, in families by the type of their value. */
#define BF_OPT_LEVEL 1      /* int value */
#define BF_OPT_RETRIES 2    /* int value */
#define BF_OPT_SCALE 10     /* double value */
#define BF_OPT_NAME 20      /* const char * value, copied */
#define BF_OPT_GET_LEVEL 30 /* int * out value */

/** Sets or reads one option; the value's type depends on the option. Returns 0, or -1 for an unknown option. */
int bf_settings_config(bf_settings *settings, int option, ...);

/** Reads the settings back as "level=1 retries=2 scale=0.5 name=x". */
const char *bf_settings_describe(bf_settings *settings);

/** The sum of count ints. */
int bf_vsum(int count, ...);

/* Function-like macros, as many APIs are partly made of. */
/** The sum of a and b, through the variadic function. */
#define bf_vsum2(a, b) bf_vsum(2, (a), (b))
/** x squared, computed by the macro itself. */
#define BF_SQUARE(x) ((x) * (x))
/** A settings object at a level: the constructor as a macro over a call and a config. */
#define bf_settings_new_at(level) bf_settings_new_at_((level), BF_OPT_LEVEL)
bf_settings *bf_settings_new_at_(int level, int option);
/** A macro nobody described: listed as skipped (BF3015). */
#define BF_UNDESCRIBED(a, b, c) ((a) + (b) + (c))

#endif
