/**
 * @file numeric.h
 * @brief bffixture's numeric part: 128-bit integers, _Float16, complex numbers and overloadable functions.
 *
 * Built into libbffixture.so with the rest of the fixture (src/numeric.c), but declared apart from fixture.h,
 * which the safe tests bind: the generator tests read this header to check what the thin layer makes of these
 * types, and call the functions to check that the calls it binds pass their values as C does.
 *
 * `__attribute__((overloadable))` is clang's: clang gives each overload an Itanium-mangled symbol. gcc has no such
 * attribute, so when gcc builds the library it reads the other branch, which declares the same functions under
 * plain C names with asm labels naming the symbols clang would emit. The generator only ever parses the clang
 * branch (libclang is clang); the labels are the mangled names written out by hand (_Z, the name's length, the
 * name, the parameter types: i int, d double, PKc const char *), and a test that calls each overload fails if the
 * generator picked any other symbol.
 */
#ifndef BF_NUMERIC_H
#define BF_NUMERIC_H

#include <stddef.h>

#if defined(__clang__)
/** Twice @p x. */
int __attribute__((overloadable)) bf_ov(int x);
/** Ten times @p x, truncated. */
int __attribute__((overloadable)) bf_ov(double x);
/** 1000 plus the length of @p text. */
int __attribute__((overloadable)) bf_ov(const char *text);
#else
int bf_ov_int(int x) __asm__("_Z5bf_ovi");
int bf_ov_double(double x) __asm__("_Z5bf_ovd");
int bf_ov_text(const char *text) __asm__("_Z5bf_ovPKc");
#endif

/** The product of two complex numbers. */
_Complex double bf_cmul(_Complex double a, _Complex double b);
/** The product of two single-precision complex numbers. */
_Complex float bf_cmulf(_Complex float a, _Complex float b);
/** Mixes general and SSE registers: n + 10 re(z) + 100 im(z) + 1000 f + 10000 re(w) + 100000 im(w). */
double bf_cmix(int n, _Complex double z, float f, _Complex float w);

/** @p a + @p b; a .NET call cannot pass __int128 by value, so the generator refuses it. */
__int128 bf_i128_add(__int128 a, __int128 b);
/** *out = *a * *b, through pointers, which a .NET call can pass. */
void bf_i128_mul_p(const __int128 *a, const __int128 *b, __int128 *out);
/** *out = *a + *b for unsigned 128-bit integers. */
void bf_u128_add_p(const unsigned __int128 *a, const unsigned __int128 *b, unsigned __int128 *out);

/** @p a + @p b; .NET passes Half in a general register where C passes _Float16 in xmm, so the generator refuses it. */
_Float16 bf_half_add(_Float16 a, _Float16 b);
/** *value = *value * by. */
void bf_half_scale(_Float16 *value, float by);

/** Every numeric type in one record, each after a char so that its alignment shows. */
typedef struct bf_numbers {
    char c0;
    _Complex double z;
    char c1;
    _Complex float w;
    char c2;
    __int128 i;
    unsigned __int128 u;
    char c3;
    _Float16 h;
    long double ld;
} bf_numbers;

/** Fills @p n with known values: z = 1.5 - 2.5i, w = 3.25 + 4.5i, i = -(2^100 + 7), u = 2^127 + 9, h = 0.375, ld = 0.1. */
void bf_numbers_fill(bf_numbers *n);
/** A bit per field that holds what bf_numbers_fill() writes: c0 1, z 2, w 4, i 8, u 16, c1 and c2 32, h 64, c3 128. */
int bf_numbers_check(const bf_numbers *n);
/** sizeof(bf_numbers) as gcc lays it out. */
size_t bf_numbers_size(void);
/** offsetof(bf_numbers, member) as gcc lays it out, by member index in declaration order (0 = c0 ... 9 = ld). */
size_t bf_numbers_offset(int member);

/** A record with a 128-bit integer: passing it by value is refused, through a pointer is fine. */
typedef struct bf_wide {
    long long low;
    __int128 value;
} bf_wide;

/** A bf_wide by value: refused. */
bf_wide bf_wide_make(long long low, long long high);
/** The high 64 bits of the value plus low, through a pointer. */
long long bf_wide_high(const bf_wide *wide);

/** A record of _Float16 only: C passes it in xmm, .NET would pass it in a general register. */
typedef struct bf_halves {
    _Float16 a;
    _Float16 b;
} bf_halves;

/** a + b of a bf_halves by value: refused. */
float bf_halves_sum(bf_halves halves);

/** A record of complex numbers passed by value, in SSE registers in C and in .NET. */
typedef struct bf_cpair {
    _Complex float a;
    float scale;
} bf_cpair;

/** (re(a) + im(a)) * scale of a bf_cpair by value. */
float bf_cpair_sum(bf_cpair pair);

#endif
