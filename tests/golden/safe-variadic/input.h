/* Variadic functions and function-like macros: a contract gives the forms and signatures, the generated C shim wraps
 * them. The library is the C library, so the shim links on any machine; gv_config is only declared, as the golden
 * shows what is emitted and nothing calls it. */
#include <stddef.h>

/** Formats into s at most n bytes. */
int snprintf(char *s, size_t n, const char *format, ...);

/* The options of gv_config, by the type of their value. */
#define GV_LEVEL 1
#define GV_DEPTH 2
#define GV_RATIO 10

/** Configures something; the value's type depends on the option. */
int gv_config(int option, ...);

/** The smaller of a and b. */
#define gv_min(a, b) ((a) < (b) ? (a) : (b))
