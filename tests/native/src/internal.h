/*
 * Shared internals of bffixture: the allocation registry and the error-counter helpers.
 * Not part of the public header (the generator never sees it).
 */
#ifndef BF_FIXTURE_INTERNAL_H
#define BF_FIXTURE_INTERNAL_H

#include "../fixture.h"

#include <pthread.h>
#include <stdatomic.h>

/* Internal functions are not exported from the shared library. */
#pragma GCC visibility push(hidden)

/** Error counters; every one is reset by bf_reset_counters(). */
typedef enum fx_counter {
    FX_DOUBLE_FREES,
    FX_BAD_FREES,
    FX_ORDER_ERRORS,
    FX_THREAD_ERRORS,
    FX_CONCURRENCY_ERRORS,
    FX_NULL_ERRORS,
    FX_STALE_USES,
    FX_COUNTER_COUNT
} fx_counter;

/* Busy-waits spin_us microseconds (nothing for 0 or less): keeps a call inside native code so threads overlap. */
void fx_spin(int32_t spin_us);

/* Allocates zeroed memory of the given kind and records it as live. Aborts when out of memory. */
void *fx_alloc(size_t size, bf_kind kind);

/*
 * A fallible fx_alloc: counts the attempt and returns NULL when bf_fail_allocation() says this one
 * fails (or calloc does). Used by bf_conn and bf_cursor, which report BF_ERR_NOMEM.
 */
void *fx_try_alloc(size_t size, bf_kind kind);

/* fx_strdup through fx_try_alloc: NULL when the allocation fails. */
char *fx_try_strdup(const char *text, bf_kind kind);

/*
 * Records ptr as freed. Returns 1 when ptr was a live allocation of that kind; otherwise counts a
 * double or bad free and returns 0, and the caller must not touch ptr's contents further.
 * Memory is never returned to the system, so addresses are never reused and detection is exact.
 */
int fx_release(void *ptr, bf_kind kind);

/* Returns 1 when ptr is a live allocation of the given kind. */
int fx_is_live(const void *ptr, bf_kind kind);

/* Copies a NUL-terminated string into a new allocation of the given kind. */
char *fx_strdup(const char *text, bf_kind kind);

/* Magic values in every handle object: live while usable, dead once destroyed. */
#define FX_MAGIC_LIVE 0x4246464Cu
#define FX_MAGIC_DEAD 0xDEADBEEFu

/*
 * Returns 1 when an object's magic says it is live; otherwise counts a stale use and returns 0.
 * Safe on destroyed objects because their memory is never freed.
 */
int fx_check_live(const _Atomic uint32_t *magic);

/* Adds one to an error counter. */
void fx_count(fx_counter counter);

/* Sets the calling thread's bf_last_error() text. */
void fx_set_last_error(const char *message);

#pragma GCC visibility pop

#endif
