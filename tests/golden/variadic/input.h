/* Variadic functions and va_list parameters are skipped with a warning; the rest is bound. */
#include <stdarg.h>

int v_printf(const char *format, ...);
int v_vprintf(const char *format, va_list arguments);
int v_sum(int count, ...);
int v_fixed(int a, int b);
