/*
 * Fault injection: a countdown that makes the n-th fallible allocation fail. Fallible allocations
 * (fx_try_alloc) are counted process-wide, so a test can run a scenario once to count them and then
 * fail each one in turn.
 */
#include "internal.h"

#include <string.h>

static _Atomic int64_t fx_attempts;
static _Atomic int64_t fx_fail_at; /* absolute attempt number that fails; 0 for none */

void bf_fail_allocation(int64_t n)
{
    atomic_store(&fx_fail_at, n > 0 ? atomic_load(&fx_attempts) + n : 0);
}

int64_t bf_allocation_count(void) { return atomic_load(&fx_attempts); }

void *fx_try_alloc(size_t size, bf_kind kind)
{
    int64_t attempt = atomic_fetch_add(&fx_attempts, 1) + 1;
    int64_t fail_at = atomic_load(&fx_fail_at);
    if (fail_at != 0 && attempt == fail_at) {
        atomic_store(&fx_fail_at, 0);
        return NULL;
    }
    return fx_alloc(size, kind);
}

char *fx_try_strdup(const char *text, bf_kind kind)
{
    size_t n = strlen(text);
    char *copy = fx_try_alloc(n + 1, kind);
    if (copy)
        memcpy(copy, text, n + 1);
    return copy;
}
