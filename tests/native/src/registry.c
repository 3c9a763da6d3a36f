/*
 * The allocation registry: an open-addressing hash set of every pointer the library ever handed
 * out, with its kind and whether it is still live. Entries are never removed and memory is never
 * freed, so a stale pointer stays readable and a double free is always recognised as one.
 */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FX_EMPTY = 0, FX_LIVE = 1, FX_FREED = 2 };

typedef struct fx_entry {
    const void *ptr;
    int32_t kind;
    int32_t state;
} fx_entry;

static pthread_mutex_t fx_lock = PTHREAD_MUTEX_INITIALIZER;
static fx_entry *fx_table;
static size_t fx_capacity;
static size_t fx_used;
static int32_t fx_live[BF_KIND_COUNT];
static _Atomic int32_t fx_counters[FX_COUNTER_COUNT];
static _Atomic int64_t fx_frees;
static _Thread_local char fx_last_error[256] = "no error";

static size_t fx_hash(const void *ptr, size_t capacity)
{
    uint64_t x = (uint64_t)(uintptr_t)ptr;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (size_t)(x & (capacity - 1));
}

/* Finds ptr's slot, or the empty slot where it would go. Caller holds fx_lock; capacity > 0. */
static fx_entry *fx_find(const void *ptr)
{
    size_t i = fx_hash(ptr, fx_capacity);
    while (fx_table[i].state != FX_EMPTY && fx_table[i].ptr != ptr)
        i = (i + 1) & (fx_capacity - 1);
    return &fx_table[i];
}

static void fx_grow(void)
{
    fx_entry *old = fx_table;
    size_t old_capacity = fx_capacity;
    fx_capacity = old_capacity ? old_capacity * 2 : 1024;
    fx_table = calloc(fx_capacity, sizeof(fx_entry));
    if (!fx_table)
        abort();
    for (size_t i = 0; i < old_capacity; i++)
        if (old[i].state != FX_EMPTY)
            *fx_find(old[i].ptr) = old[i];
    free(old);
}

void *fx_alloc(size_t size, bf_kind kind)
{
    void *ptr = calloc(1, size ? size : 1);
    if (!ptr)
        abort();
    pthread_mutex_lock(&fx_lock);
    if ((fx_used + 1) * 2 > fx_capacity)
        fx_grow();
    fx_entry *e = fx_find(ptr);
    e->ptr = ptr;
    e->kind = kind;
    e->state = FX_LIVE;
    fx_used++;
    fx_live[kind]++;
    pthread_mutex_unlock(&fx_lock);
    return ptr;
}

int fx_release(void *ptr, bf_kind kind)
{
    int ok = 0;
    pthread_mutex_lock(&fx_lock);
    fx_entry *e = fx_capacity ? fx_find(ptr) : NULL;
    if (!e || e->state == FX_EMPTY || e->kind != (int32_t)kind) {
        fx_count(FX_BAD_FREES);
    } else if (e->state == FX_FREED) {
        fx_count(FX_DOUBLE_FREES);
    } else {
        e->state = FX_FREED;
        fx_live[kind]--;
        atomic_fetch_add(&fx_frees, 1);
        ok = 1;
    }
    pthread_mutex_unlock(&fx_lock);
    return ok;
}

int fx_is_live(const void *ptr, bf_kind kind)
{
    pthread_mutex_lock(&fx_lock);
    fx_entry *e = fx_capacity ? fx_find(ptr) : NULL;
    int live = e && e->state == FX_LIVE && e->kind == (int32_t)kind;
    pthread_mutex_unlock(&fx_lock);
    return live;
}

char *fx_strdup(const char *text, bf_kind kind)
{
    size_t n = strlen(text);
    char *copy = fx_alloc(n + 1, kind);
    memcpy(copy, text, n + 1);
    return copy;
}

void fx_count(fx_counter counter)
{
    atomic_fetch_add(&fx_counters[counter], 1);
}

int fx_check_live(const _Atomic uint32_t *magic)
{
    if (atomic_load(magic) == FX_MAGIC_LIVE)
        return 1;
    fx_count(FX_STALE_USES);
    return 0;
}

void fx_set_last_error(const char *message)
{
    snprintf(fx_last_error, sizeof fx_last_error, "%s", message);
}

int32_t bf_live_objects(void)
{
    int32_t total = 0;
    pthread_mutex_lock(&fx_lock);
    for (int k = 0; k < BF_KIND_COUNT; k++)
        total += fx_live[k];
    pthread_mutex_unlock(&fx_lock);
    return total;
}

int32_t bf_live_of_kind(bf_kind kind)
{
    if ((int)kind < 0 || kind >= BF_KIND_COUNT)
        return -1;
    pthread_mutex_lock(&fx_lock);
    int32_t n = fx_live[kind];
    pthread_mutex_unlock(&fx_lock);
    return n;
}

int64_t bf_total_frees(void) { return atomic_load(&fx_frees); }
int32_t bf_double_frees(void) { return atomic_load(&fx_counters[FX_DOUBLE_FREES]); }
int32_t bf_bad_frees(void) { return atomic_load(&fx_counters[FX_BAD_FREES]); }
int32_t bf_order_errors(void) { return atomic_load(&fx_counters[FX_ORDER_ERRORS]); }
int32_t bf_thread_errors(void) { return atomic_load(&fx_counters[FX_THREAD_ERRORS]); }
int32_t bf_concurrency_errors(void) { return atomic_load(&fx_counters[FX_CONCURRENCY_ERRORS]); }
int32_t bf_null_errors(void) { return atomic_load(&fx_counters[FX_NULL_ERRORS]); }
int32_t bf_stale_uses(void) { return atomic_load(&fx_counters[FX_STALE_USES]); }

void bf_reset_counters(void)
{
    for (int i = 0; i < FX_COUNTER_COUNT; i++)
        atomic_store(&fx_counters[i], 0);
    atomic_store(&fx_frees, 0);
}

void bf_free(void *ptr)
{
    if (ptr)
        fx_release(ptr, BF_KIND_STRING);
}

const char *bf_last_error(void) { return fx_last_error; }

const char *bf_version(void) { return "bffixture 1.0"; }

const char *bf_strerror(int32_t code)
{
    switch (code) {
    case BF_OK: return "ok";
    case BF_ERR_RANGE: return "value out of range";
    case BF_ERR_NULL: return "null argument";
    case BF_ERR_DIVIDE_BY_ZERO: return "division by zero";
    case BF_ERR_REQUESTED: return "failure requested";
    case BF_ERR_ERRNO: return "system error (see errno)";
    case BF_ERR_BUSY: return "busy";
    case BF_ERR_NOMEM: return "out of memory";
    default: return "unknown status";
    }
}

int32_t bf_abi_check(int32_t expected_abi) { return expected_abi == BF_ABI_VERSION ? BF_OK : BF_ERR_RANGE; }

void bf_debug_dump(void)
{
    pthread_mutex_lock(&fx_lock);
    fprintf(stderr, "bffixture: %zu registry entries\n", fx_used);
    for (int k = 0; k < BF_KIND_COUNT; k++)
        fprintf(stderr, "  kind %d: %d live\n", k, fx_live[k]);
    pthread_mutex_unlock(&fx_lock);
}
