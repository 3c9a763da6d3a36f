/* bf_affine and bf_exclusive: objects that detect thread-affinity violations and concurrent entry. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <time.h>

struct bf_affine {
    _Atomic uint32_t magic;
    pthread_t creator;
    int32_t uses;
};

struct bf_exclusive {
    _Atomic uint32_t magic;
    _Atomic int32_t inside;
    int32_t uses;
};

static void fx_check_thread(const bf_affine *obj)
{
    if (!pthread_equal(obj->creator, pthread_self()))
        fx_count(FX_THREAD_ERRORS);
}

bf_affine *bf_affine_create(void)
{
    bf_affine *obj = fx_alloc(sizeof *obj, BF_KIND_AFFINE);
    obj->creator = pthread_self();
    atomic_store(&obj->magic, FX_MAGIC_LIVE);
    return obj;
}

int32_t bf_affine_use(bf_affine *obj)
{
    if (!fx_check_live(&obj->magic))
        return 0;
    fx_check_thread(obj);
    return ++obj->uses;
}

void bf_affine_destroy(bf_affine *obj)
{
    fx_check_thread(obj);
    if (fx_release(obj, BF_KIND_AFFINE))
        atomic_store(&obj->magic, FX_MAGIC_DEAD);
}

bf_exclusive *bf_exclusive_create(void)
{
    bf_exclusive *obj = fx_alloc(sizeof *obj, BF_KIND_EXCLUSIVE);
    atomic_store(&obj->magic, FX_MAGIC_LIVE);
    return obj;
}

void fx_spin(int32_t spin_us)
{
    if (spin_us <= 0)
        return;
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    do {
        clock_gettime(CLOCK_MONOTONIC, &now);
    } while ((now.tv_sec - start.tv_sec) * 1000000L + (now.tv_nsec - start.tv_nsec) / 1000L < spin_us);
}

int32_t bf_exclusive_use(bf_exclusive *obj, int32_t spin_us)
{
    if (!fx_check_live(&obj->magic))
        return 0;
    if (atomic_fetch_add(&obj->inside, 1) != 0)
        fx_count(FX_CONCURRENCY_ERRORS);
    int32_t uses = ++obj->uses;
    fx_spin(spin_us);
    atomic_fetch_sub(&obj->inside, 1);
    return uses;
}

void bf_exclusive_destroy(bf_exclusive *obj)
{
    if (atomic_load(&obj->inside) != 0)
        fx_count(FX_CONCURRENCY_ERRORS);
    if (fx_release(obj, BF_KIND_EXCLUSIVE))
        atomic_store(&obj->magic, FX_MAGIC_DEAD);
}
