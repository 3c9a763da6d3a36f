/* Functions the library does not export: its header defines them static inline, as many C APIs define their
 * small helpers. They are bound through the generated C shim, which exports a pointer to each. */
#ifndef BF_INLINE_H
#define BF_INLINE_H

#include "globals.h"

/** a + b, computed in the header. */
static inline int bf_inline_add(int a, int b)
{
    return a + b;
}

/** Calls into the library twice: the shim must resolve the library's symbols. */
static inline int bf_inline_touch_twice(void)
{
    bf_globals_touch();
    return bf_globals_touch();
}

/* A plain static function with a body is as unexported as an inline one. */
static int bf_inline_scale(bf_g_point *point, int factor)
{
    point->x *= factor;
    point->y *= factor;
    return point->x + point->y;
}

/** Calls f on x: a function pointer through the shim. */
static inline double bf_inline_apply(double (*f)(double), double x)
{
    return f(x);
}

/* Declared static with no body: nothing can call it (BF1009). */
static int bf_inline_missing(int x);

#endif
