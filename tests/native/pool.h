/*
 * bffixture's pool API: objects that are allocated from a pool and die with it, the way APR pools and talloc
 * contexts work. Declared apart from fixture.h (pool.yaml binds it); built into libbffixture.
 *
 * Nothing here is ever returned to the allocator: a destroyed pool or a node of a cleared pool stays readable,
 * so a use after clear is counted (bfp_stale_uses), never a crash.
 */
#ifndef BF_POOL_H
#define BF_POOL_H

#include <stdint.h>

/** A memory pool. Objects allocated from it live until it is cleared or destroyed. */
typedef struct bfp_pool bfp_pool;

/** A node allocated from a pool; never freed on its own. */
typedef struct bfp_node bfp_node;

/** A cleanup registered on a pool: runs once when the pool is cleared or destroyed. */
typedef int32_t (*bfp_cleanup_fn)(void *data);

/**
 * Creates a pool.
 * @param parent The parent pool, or NULL for a root pool. A subpool is destroyed when its parent is cleared or
 *        destroyed.
 * @return The new pool; destroy it with bfp_pool_destroy().
 */
bfp_pool *bfp_pool_create(bfp_pool *parent);

/**
 * Clears the pool: runs its cleanups, destroys its subpools and invalidates every object allocated from it.
 * The pool itself stays usable.
 */
void bfp_pool_clear(bfp_pool *pool);

/** Destroys the pool: clears it, then frees the pool itself. */
void bfp_pool_destroy(bfp_pool *pool);

/** The number of nodes currently allocated from the pool. */
int32_t bfp_pool_node_count(const bfp_pool *pool);

/**
 * Allocates a node from the pool.
 * @param pool The pool to allocate from.
 * @param value The node's initial value.
 * @return The node, valid until the pool is cleared or destroyed. Do not free it.
 */
bfp_node *bfp_node_make(bfp_pool *pool, int32_t value);

/** The node's value. */
int32_t bfp_node_value(const bfp_node *node);

/** Sets the node's value. */
void bfp_node_set_value(bfp_node *node, int32_t value);

/**
 * Describes the node in a string allocated from its pool.
 * @return The text, valid until the pool is cleared or destroyed. Do not free it.
 */
const char *bfp_node_describe(bfp_node *node);

/**
 * Allocates a buffer of 4 bytes from the pool.
 * @param pool The pool to allocate from.
 * @param fill The value every byte gets.
 * @return The buffer, valid until the pool is cleared or destroyed. Do not free it.
 */
const uint8_t *bfp_pool_bytes(bfp_pool *pool, int32_t fill);

/**
 * Moves a node to another pool, like talloc_steal(): from now on it lives until that pool is cleared or destroyed.
 * @param to The pool that owns the node after the call.
 * @param node The node to move.
 */
void bfp_node_steal(bfp_pool *to, bfp_node *node);

/**
 * Registers a cleanup on the pool: it runs exactly once, when the pool is next cleared or destroyed.
 * @param pool The pool.
 * @param data Passed to the cleanup.
 * @param cleanup The function to run.
 */
void bfp_cleanup_register(bfp_pool *pool, void *data, bfp_cleanup_fn cleanup);

/** Pools created and not yet destroyed (a subpool destroyed with its parent counts as destroyed). */
int32_t bfp_live_pools(void);

/** Nodes allocated and not yet invalidated by a clear or destroy of their pool. */
int32_t bfp_live_nodes(void);

/** Cleanups run so far. */
int32_t bfp_cleanups_run(void);

/** Calls made on a destroyed pool or on a node of a cleared or destroyed pool. */
int32_t bfp_stale_uses(void);

/** Destroys of a pool that was already destroyed (directly, or with its parent). */
int32_t bfp_double_destroys(void);

/** Resets bfp_cleanups_run, bfp_stale_uses and bfp_double_destroys (live counts are facts and stay). */
void bfp_reset_counters(void);

#endif
