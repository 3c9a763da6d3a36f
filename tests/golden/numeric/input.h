#include <stddef.h>

/** A _Complex float after a char: 4-byte aligned, 8 bytes. */
struct n_cf { char c; _Complex float w; };

/** A _Float16 after a char: 2-byte aligned, 2 bytes. */
struct n_hf { char c; _Float16 h; };

/** 128-bit integers are 16-byte aligned in C and in .NET. */
struct n_wide { char c; __int128 i; unsigned __int128 u; };

/** Every numeric type, with the ones C# has no type for kept as bytes. */
typedef struct n_all {
    _Complex double z;
    _Complex float w[2];
    _Float16 h[3];
    long double ld;
    _Complex long double cld;
} n_all;

/** Bound: complex numbers pass in SSE registers in C and .NET alike. */
_Complex double n_cmul(_Complex double a, _Complex double b);
_Complex float n_conj(_Complex float z);
/** Bound: only pointers to the types .NET cannot pass by value. */
void n_wide_add(const __int128 *a, const __int128 *b, __int128 *out);
void n_half_get(const struct n_hf *v, _Float16 *out);
/** Refused (BF3011): by value. */
__int128 n_i128(__int128 x);
unsigned __int128 n_u128(void);
_Float16 n_half(float x);
void n_half_in(_Float16 x);
struct n_wide n_wide_get(void);
void n_hf_in(struct n_hf v);
/** Refused (BF3002): long double and its complex. */
long double n_ld(void);
void n_cld(_Complex long double z);
/** Function pointers with a by-value _Float16 or __int128 are void* (BF3010); with complex numbers they are typed. */
typedef void (*n_half_cb)(_Float16 value);
typedef _Complex double (*n_complex_cb)(_Complex double value);
void n_register(n_half_cb half, n_complex_cb complex);
