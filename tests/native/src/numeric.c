/* 128-bit integers, _Float16, complex numbers, and the overloads clang would mangle (see numeric.h). */
#include "numeric.h"

#include <complex.h>
#include <stddef.h>
#include <string.h>

int bf_ov_int(int x) { return 2 * x; }
int bf_ov_double(double x) { return (int)(10 * x); }
int bf_ov_text(const char *text) { return 1000 + (int)strlen(text); }

_Complex double bf_cmul(_Complex double a, _Complex double b) { return a * b; }
_Complex float bf_cmulf(_Complex float a, _Complex float b) { return a * b; }

double bf_cmix(int n, _Complex double z, float f, _Complex float w)
{
    return n + 10 * creal(z) + 100 * cimag(z) + 1000 * f + 10000 * crealf(w) + 100000 * cimagf(w);
}

__int128 bf_i128_add(__int128 a, __int128 b) { return a + b; }
void bf_i128_mul_p(const __int128 *a, const __int128 *b, __int128 *out) { *out = *a * *b; }
void bf_u128_add_p(const unsigned __int128 *a, const unsigned __int128 *b, unsigned __int128 *out) { *out = *a + *b; }

_Float16 bf_half_add(_Float16 a, _Float16 b) { return a + b; }
void bf_half_scale(_Float16 *value, float by) { *value = (_Float16)((float)*value * by); }

static const __int128 Two100 = (__int128)1 << 100;
static const unsigned __int128 Two127 = (unsigned __int128)1 << 127;

void bf_numbers_fill(bf_numbers *n)
{
    memset(n, 0, sizeof *n);
    n->c0 = 'a';
    n->z = 1.5 - 2.5 * I;
    n->c1 = 'b';
    n->w = 3.25f + 4.5f * I;
    n->c2 = 'c';
    n->i = -(Two100 + 7);
    n->u = Two127 + 9;
    n->c3 = 'd';
    n->h = (_Float16)0.375f;
    n->ld = 0.1L;
}

int bf_numbers_check(const bf_numbers *n)
{
    return (n->c0 == 'a') | (n->z == 1.5 - 2.5 * I) << 1 | (n->w == 3.25f + 4.5f * I) << 2 | (n->i == -(Two100 + 7)) << 3
        | (n->u == Two127 + 9) << 4 | (n->c1 == 'b' && n->c2 == 'c') << 5 | (n->h == (_Float16)0.375f) << 6 | (n->c3 == 'd') << 7;
}

size_t bf_numbers_size(void) { return sizeof(bf_numbers); }

size_t bf_numbers_offset(int member)
{
    static const size_t offsets[] = {
        offsetof(bf_numbers, c0), offsetof(bf_numbers, z), offsetof(bf_numbers, c1), offsetof(bf_numbers, w),
        offsetof(bf_numbers, c2), offsetof(bf_numbers, i), offsetof(bf_numbers, u), offsetof(bf_numbers, c3),
        offsetof(bf_numbers, h), offsetof(bf_numbers, ld),
    };
    return member >= 0 && member < (int)(sizeof offsets / sizeof offsets[0]) ? offsets[member] : (size_t)-1;
}

bf_wide bf_wide_make(long long low, long long high)
{
    bf_wide w = { low, (__int128)high << 64 };
    return w;
}

long long bf_wide_high(const bf_wide *wide) { return (long long)(wide->value >> 64) + wide->low; }

float bf_halves_sum(bf_halves halves) { return (float)halves.a + (float)halves.b; }

float bf_cpair_sum(bf_cpair pair) { return (crealf(pair.a) + cimagf(pair.a)) * pair.scale; }
