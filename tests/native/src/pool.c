/* bfp_pool and bfp_node: objects allocated from pools, subpools, cleanups, steal. See pool.h. */
#define _GNU_SOURCE
#include "../pool.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

#define BFP_LIVE 0x504F4F4Cu
#define BFP_DEAD 0xDEADBEEFu

typedef struct bfp_cleanup {
    bfp_cleanup_fn fn;
    void *data;
    struct bfp_cleanup *next;
} bfp_cleanup;

struct bfp_node {
    _Atomic uint32_t magic;
    bfp_pool *pool;
    int32_t value;
    struct bfp_node *next;
};

struct bfp_pool {
    _Atomic uint32_t magic;
    bfp_pool *parent;
    bfp_pool *children;
    bfp_pool *sibling;
    bfp_node *nodes;
    bfp_cleanup *cleanups;
    int32_t node_count;
};

/* Recursive: a cleanup may call back into the pool API. */
static pthread_mutex_t lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static _Atomic int32_t live_pools, live_nodes, cleanups_run, stale_uses, double_destroys;

/* Memory is never returned, so a stale pointer stays readable. */
static void *bfp_alloc(size_t size)
{
    void *memory = calloc(1, size);
    if (!memory)
        abort();
    return memory;
}

static int live_or_count(const _Atomic uint32_t *magic)
{
    if (atomic_load(magic) == BFP_LIVE)
        return 1;
    atomic_fetch_add(&stale_uses, 1);
    return 0;
}

static void unlink_child(bfp_pool *pool)
{
    bfp_pool **link = &pool->parent->children;
    while (*link && *link != pool)
        link = &(*link)->sibling;
    if (*link)
        *link = pool->sibling;
}

static void destroy_locked(bfp_pool *pool, int unlink);

/* Runs the cleanups (newest first, as APR does), destroys the subpools, kills the nodes. Caller holds the lock. */
static void clear_locked(bfp_pool *pool)
{
    bfp_cleanup *cleanup = pool->cleanups;
    pool->cleanups = NULL;
    while (cleanup) {
        bfp_cleanup *next = cleanup->next;
        atomic_fetch_add(&cleanups_run, 1);
        cleanup->fn(cleanup->data);
        cleanup = next;
    }
    while (pool->children)
        destroy_locked(pool->children, 1);
    for (bfp_node *node = pool->nodes; node; node = node->next) {
        atomic_store(&node->magic, BFP_DEAD);
        atomic_fetch_sub(&live_nodes, 1);
    }
    pool->nodes = NULL;
    pool->node_count = 0;
}

static void destroy_locked(bfp_pool *pool, int unlink)
{
    clear_locked(pool);
    if (unlink && pool->parent)
        unlink_child(pool);
    atomic_store(&pool->magic, BFP_DEAD);
    atomic_fetch_sub(&live_pools, 1);
}

bfp_pool *bfp_pool_create(bfp_pool *parent)
{
    pthread_mutex_lock(&lock);
    if (parent && !live_or_count(&parent->magic)) {
        pthread_mutex_unlock(&lock);
        return NULL;
    }
    bfp_pool *pool = bfp_alloc(sizeof *pool);
    pool->parent = parent;
    if (parent) {
        pool->sibling = parent->children;
        parent->children = pool;
    }
    atomic_store(&pool->magic, BFP_LIVE);
    atomic_fetch_add(&live_pools, 1);
    pthread_mutex_unlock(&lock);
    return pool;
}

void bfp_pool_clear(bfp_pool *pool)
{
    pthread_mutex_lock(&lock);
    if (live_or_count(&pool->magic))
        clear_locked(pool);
    pthread_mutex_unlock(&lock);
}

void bfp_pool_destroy(bfp_pool *pool)
{
    pthread_mutex_lock(&lock);
    if (atomic_load(&pool->magic) != BFP_LIVE)
        atomic_fetch_add(&double_destroys, 1);
    else
        destroy_locked(pool, 1);
    pthread_mutex_unlock(&lock);
}

int32_t bfp_pool_node_count(const bfp_pool *pool)
{
    return live_or_count(&pool->magic) ? pool->node_count : 0;
}

bfp_node *bfp_node_make(bfp_pool *pool, int32_t value)
{
    pthread_mutex_lock(&lock);
    bfp_node *node = NULL;
    if (live_or_count(&pool->magic)) {
        node = bfp_alloc(sizeof *node);
        node->pool = pool;
        node->value = value;
        node->next = pool->nodes;
        pool->nodes = node;
        pool->node_count++;
        atomic_store(&node->magic, BFP_LIVE);
        atomic_fetch_add(&live_nodes, 1);
    }
    pthread_mutex_unlock(&lock);
    return node;
}

int32_t bfp_node_value(const bfp_node *node)
{
    return live_or_count(&node->magic) ? node->value : -1;
}

void bfp_node_set_value(bfp_node *node, int32_t value)
{
    if (live_or_count(&node->magic))
        node->value = value;
}

const char *bfp_node_describe(bfp_node *node)
{
    if (!live_or_count(&node->magic))
        return "stale";
    char *text = bfp_alloc(32); /* "allocated from the pool": never freed, like the pool's other memory */
    snprintf(text, 32, "node %d", (int)node->value);
    return text;
}

const uint8_t *bfp_pool_bytes(bfp_pool *pool, int32_t fill)
{
    const int32_t length = 4;
    if (!live_or_count(&pool->magic))
        return NULL;
    uint8_t *bytes = bfp_alloc((size_t)length + 1);
    for (int32_t i = 0; i < length; i++)
        bytes[i] = (uint8_t)fill;
    return bytes;
}

void bfp_node_steal(bfp_pool *to, bfp_node *node)
{
    pthread_mutex_lock(&lock);
    if (live_or_count(&to->magic) && live_or_count(&node->magic) && node->pool != to) {
        bfp_node **link = &node->pool->nodes;
        while (*link && *link != node)
            link = &(*link)->next;
        if (*link)
            *link = node->next;
        node->pool->node_count--;
        node->pool = to;
        node->next = to->nodes;
        to->nodes = node;
        to->node_count++;
    }
    pthread_mutex_unlock(&lock);
}

void bfp_cleanup_register(bfp_pool *pool, void *data, bfp_cleanup_fn cleanup)
{
    pthread_mutex_lock(&lock);
    if (live_or_count(&pool->magic)) {
        bfp_cleanup *entry = bfp_alloc(sizeof *entry);
        entry->fn = cleanup;
        entry->data = data;
        entry->next = pool->cleanups;
        pool->cleanups = entry;
    }
    pthread_mutex_unlock(&lock);
}

int32_t bfp_live_pools(void) { return atomic_load(&live_pools); }
int32_t bfp_live_nodes(void) { return atomic_load(&live_nodes); }
int32_t bfp_cleanups_run(void) { return atomic_load(&cleanups_run); }
int32_t bfp_stale_uses(void) { return atomic_load(&stale_uses); }
int32_t bfp_double_destroys(void) { return atomic_load(&double_destroys); }

void bfp_reset_counters(void)
{
    atomic_store(&cleanups_run, 0);
    atomic_store(&stale_uses, 0);
    atomic_store(&double_destroys, 0);
}
