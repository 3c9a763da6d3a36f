/* Every scalar C type, by value and through pointers. */
#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>
#include <sys/types.h>

char p_char(char c, signed char sc, unsigned char uc);
short p_short(short s, unsigned short us);
int p_int(int i, unsigned int u);
long p_long(long l, unsigned long ul);
long long p_llong(long long ll, unsigned long long ull);
float p_float(float f);
double p_double(double d);
bool p_bool(bool b);
void p_void(void);

size_t p_size(size_t size, ssize_t signed_size);
intptr_t p_intptr(intptr_t ip, uintptr_t up, ptrdiff_t diff);
int32_t p_fixed(int8_t a, uint8_t b, int16_t c, uint16_t d, int32_t e, uint32_t f, int64_t g, uint64_t h);

const char *p_string(const char *text, char **out_text);
void *p_memory(void *data, const void *const_data, void **out_data);
int p_array(int values[], const int fixed[4], int matrix[][3]);

typedef unsigned int p_flags;
typedef p_flags p_flags2;
typedef int *p_int_ptr;
p_flags2 p_typedefs(p_flags flags, p_int_ptr pointer);

long double p_long_double(long double x);
__int128 p_int128(__int128 x);
void p_long_double_ptr(long double *x);
