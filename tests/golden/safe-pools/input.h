/* Pools: objects allocated from a pool, subpools, a clear, a steal, a cleanup (see docs/contract-format.md). */
typedef struct pool pool;
typedef struct item item;
typedef int (*cleanup_fn)(void *data);

pool *pool_create(pool *parent);
void pool_destroy(pool *p);
void pool_clear(pool *p);
item *item_make(pool *p, int value);
int item_value(const item *it);
const char *pool_strdup(pool *p, const char *text);
void item_steal(pool *to, item *it);
void pool_cleanup(pool *p, void *data, cleanup_fn fn);
int pool_create_in(pool **out, pool *parent);
