/* Values: strings in and out, arrays with their lengths, out and in/out scalars, structs by reference, fixed arguments. */
#include <stddef.h>
#include <stdint.h>

#define VAL_OK 0
#define VAL_VERSION "2.1"
#define VAL_MAGIC 42
#define VAL_TRANSIENT ((val_destructor)-1)

/** A point. */
typedef struct val_point {
    int32_t x; /**< across */
    int32_t y; /**< down */
} val_point;

/** Frees a label. */
typedef void (*val_destructor)(void *);

/**
 * @param text NUL-terminated UTF-8
 * @return its length in bytes
 */
size_t val_strlen(const char *text);
int32_t val_set_label(const char *label, val_destructor destroy);
int32_t val_check_version(const char *version, int magic, size_t size);
const char *val_static_name(int which);
char *val_duplicate(const char *text);
void val_free(void *p);
int32_t val_describe(int which, char **out);
int32_t val_split(const char *text, const char **rest);
int64_t val_sum(const int32_t *values, size_t count);
int64_t val_dot(const int32_t *a, const int32_t *b, size_t n);
void val_fill(uint8_t *buffer, size_t length, uint8_t value);
void val_scale(double *values, size_t count, double factor);
uint32_t val_hash(const void *data, uint32_t size);
int32_t val_sum4(const int32_t *values);
int32_t val_sum_zero(const int32_t *values);
/**
 * Copies bytes.
 * @param dest where to copy
 * @param dest_len in: the capacity of dest; out: how many bytes were copied
 * @param src what to copy
 * @param src_len how many bytes src has
 * @return VAL_OK
 */
int32_t val_copy(uint8_t *dest, unsigned long *dest_len, const uint8_t *src, unsigned long src_len);
/**
 * Divides.
 * @param a dividend
 * @param b divisor
 * @param quotient receives a / b
 * @return VAL_OK, or 1 for a zero divisor
 */
int32_t val_divide(int32_t a, int32_t b, int32_t *quotient);
const char *val_strerror(int32_t code);
void val_move(val_point *p, int dx, int dy);
int32_t val_length(const val_point *p);
void val_double(int32_t *value);
int32_t val_bytes_len(const char *bytes);
size_t val_utf16_len(const uint16_t *text);
_Bool val_is_even(long v);
int32_t val_fail_errno(int err);
uint8_t *val_make_buffer(size_t n, size_t *out_len);
void *val_opaque(void);
