/* Scalars, spans, lengths, strings and the caller-allocated accumulator. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <errno.h>
#include <string.h>
#include <time.h>

int32_t bf_add(int32_t a, int32_t b) { return a + b; }

void bf_sleep_ms(int32_t ms)
{
    struct timespec t = { ms / 1000, (long)(ms % 1000) * 1000000L };
    nanosleep(&t, NULL);
}

int64_t bf_sum_ints(const int32_t *values, size_t count)
{
    int64_t sum = 0;
    for (size_t i = 0; i < count; i++)
        sum += values[i];
    return sum;
}

void bf_fill_bytes(uint8_t *buffer, size_t length, uint8_t value)
{
    if (length > 0)
        memset(buffer, value, length);
}

void bf_increment_all(int32_t *values, size_t count)
{
    for (size_t i = 0; i < count; i++)
        values[i]++;
}

void bf_double_in_place(int32_t *value)
{
    *value *= 2;
}

int32_t bf_sum_fixed4(const int32_t *values)
{
    int32_t sum = 0;
    for (int i = 0; i < BF_FIXED_COUNT; i++)
        sum += values[i];
    return sum;
}

int32_t bf_sum_zero_terminated(const int32_t *values)
{
    int32_t sum = 0;
    while (*values)
        sum += *values++;
    return sum;
}

uint64_t bf_hash_bytes(const void *data, size_t size)
{
    const uint8_t *p = data;
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < size; i++) {
        h ^= p[i];
        h *= 0x100000001b3ULL;
    }
    return h;
}

int32_t bf_divide(int32_t a, int32_t b, int32_t *quotient)
{
    if (b == 0) {
        fx_set_last_error("bf_divide: division by zero");
        return BF_ERR_DIVIDE_BY_ZERO;
    }
    *quotient = a / b;
    return BF_OK;
}

int32_t bf_fail_errno(int32_t err)
{
    if (err == 0)
        return 0;
    errno = err;
    return BF_ERR_ERRNO;
}

size_t bf_utf8_length(const char *text)
{
    if (!text) {
        fx_count(FX_NULL_ERRORS);
        return 0;
    }
    return strlen(text);
}

int32_t bf_length_or_minus_one(const char *text)
{
    return text ? (int32_t)strlen(text) : -1;
}

char *bf_string_duplicate(const char *text)
{
    if (!text) {
        fx_count(FX_NULL_ERRORS);
        return NULL;
    }
    return fx_strdup(text, BF_KIND_STRING);
}

const char *bf_skip_spaces(const char *text)
{
    while (*text == ' ')
        text++;
    return text;
}

int32_t bf_split_word(const char *text, const char **rest)
{
    const char *p = bf_skip_spaces(text);
    const char *start = p;
    while (*p && *p != ' ')
        p++;
    int32_t length = (int32_t)(p - start);
    if (rest)
        *rest = bf_skip_spaces(p);
    return length;
}

int32_t bf_ascii_count_upper(const char *text)
{
    int32_t n = 0;
    for (; *text; text++)
        n += *text >= 'A' && *text <= 'Z';
    return n;
}

size_t bf_utf16_length(const uint16_t *text)
{
    size_t n = 0;
    while (text[n])
        n++;
    return n;
}

int32_t bf_accumulator_init(bf_accumulator *acc, int32_t start)
{
    memset(acc, 0, sizeof *acc);
    if (start < 0) {
        fx_set_last_error("bf_accumulator_init: start must not be negative");
        return BF_ERR_RANGE;
    }
    acc->total = start;
    acc->internal = fx_alloc(16, BF_KIND_BUFFER);
    return BF_OK;
}

int32_t bf_accumulator_add(bf_accumulator *acc, int32_t value)
{
    if (!acc->internal || !fx_is_live(acc->internal, BF_KIND_BUFFER)) {
        fx_count(FX_STALE_USES);
        return BF_ERR_NULL;
    }
    acc->total += value;
    acc->count++;
    return BF_OK;
}

void bf_accumulator_end(bf_accumulator *acc)
{
    if (!acc->internal) {
        fx_count(FX_DOUBLE_FREES);
        return;
    }
    fx_release(acc->internal, BF_KIND_BUFFER);
    acc->internal = NULL;
}
