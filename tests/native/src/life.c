/* bfl_list and bfl_holder: pointers stored without copying, duplication, reset, adopt, a moving append. See life.h. */
#include "../life.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define BFL_LIVE 0x4C494645u
#define BFL_DEAD 0xDEADBEEFu

struct bfl_list {
    _Atomic uint32_t magic;
    int32_t count;
    int32_t capacity;
    char *items[];
};

struct bfl_holder {
    _Atomic uint32_t magic;
    bfl_list *list;
    bfl_visit_fn visit;
    void *data;
    bfl_list *adopted;
};

static bfl_visit_fn default_visit;
static void *default_data;
static _Atomic int32_t live_lists, live_holders, stale_uses, double_frees, fail_next;

/* Memory is never returned, so a stale pointer stays readable. NULL when bfl_fail_next_allocation() said so. */
static void *bfl_alloc(size_t size)
{
    if (atomic_exchange(&fail_next, 0))
        return NULL;
    void *memory = calloc(1, size);
    if (!memory)
        abort();
    return memory;
}

static int live_or_count(const void *object)
{
    if (object && atomic_load((const _Atomic uint32_t *)object) == BFL_LIVE)
        return 1;
    atomic_fetch_add(&stale_uses, 1);
    return 0;
}

/* Marks an object dead; a second time is a double free. */
static int kill(void *object, _Atomic int32_t *live)
{
    uint32_t expected = BFL_LIVE;
    if (!object || !atomic_compare_exchange_strong((_Atomic uint32_t *)object, &expected, BFL_DEAD)) {
        atomic_fetch_add(&double_frees, 1);
        return 0;
    }
    atomic_fetch_sub(live, 1);
    return 1;
}

static bfl_list *list_alloc(int32_t capacity)
{
    bfl_list *list = bfl_alloc(sizeof(bfl_list) + (size_t)capacity * sizeof(char *));
    if (!list)
        return NULL;
    list->capacity = capacity;
    atomic_store(&list->magic, BFL_LIVE);
    atomic_fetch_add(&live_lists, 1);
    return list;
}

bfl_list *bfl_list_create(void) { return list_alloc(2); }

void bfl_list_free(bfl_list *list) { kill(list, &live_lists); }

bfl_list *bfl_list_append(bfl_list *list, const char *text)
{
    if (!live_or_count(list))
        return NULL;
    if (list->count == list->capacity) {
        bfl_list *grown = list_alloc(list->capacity * 2);
        if (!grown)
            return NULL;
        grown->count = list->count;
        memcpy(grown->items, list->items, (size_t)list->count * sizeof(char *));
        kill(list, &live_lists);
        list = grown;
    }
    size_t n = strlen(text);
    char *copy = malloc(n + 1);
    if (!copy)
        abort();
    memcpy(copy, text, n + 1);
    list->items[list->count++] = copy;
    return list;
}

int32_t bfl_list_count(const bfl_list *list) { return live_or_count(list) ? list->count : -1; }

const char *bfl_list_item(const bfl_list *list, int32_t index)
{
    if (!live_or_count(list) || index < 0 || index >= list->count)
        return NULL;
    return list->items[index];
}

bfl_holder *bfl_holder_create(void)
{
    bfl_holder *holder = calloc(1, sizeof(bfl_holder));
    if (!holder)
        abort();
    holder->visit = default_visit;
    holder->data = default_data;
    atomic_store(&holder->magic, BFL_LIVE);
    atomic_fetch_add(&live_holders, 1);
    return holder;
}

void bfl_holder_destroy(bfl_holder *holder)
{
    if (kill(holder, &live_holders) && holder->adopted)
        kill(holder->adopted, &live_lists);
}

void bfl_holder_set_list(bfl_holder *holder, bfl_list *list)
{
    if (live_or_count(holder))
        holder->list = list;
}

void bfl_holder_set_callback(bfl_holder *holder, bfl_visit_fn visit, void *data)
{
    if (!live_or_count(holder))
        return;
    holder->visit = visit;
    holder->data = visit ? data : NULL;
}

void bfl_set_default_callback(bfl_visit_fn visit, void *data)
{
    default_visit = visit;
    default_data = visit ? data : NULL;
}

int32_t bfl_holder_run(bfl_holder *holder)
{
    if (!live_or_count(holder))
        return -1;
    int32_t count = -1;
    if (holder->list && live_or_count(holder->list))
        count = holder->list->count;
    return holder->visit ? holder->visit(holder->data, count) : count;
}

bfl_holder *bfl_holder_duplicate(const bfl_holder *holder)
{
    if (!live_or_count(holder))
        return NULL;
    bfl_holder *copy = bfl_alloc(sizeof(bfl_holder));
    if (!copy)
        return NULL;
    copy->list = holder->list;
    copy->visit = holder->visit;
    copy->data = holder->data;
    atomic_store(&copy->magic, BFL_LIVE);
    atomic_fetch_add(&live_holders, 1);
    return copy;
}

void bfl_holder_reset(bfl_holder *holder)
{
    if (!live_or_count(holder))
        return;
    holder->list = NULL;
    holder->visit = NULL;
    holder->data = NULL;
}

int32_t bfl_holder_adopt(bfl_holder *holder, bfl_list *list)
{
    if (!live_or_count(holder) || !live_or_count(list))
        return BFL_ERR_FULL;
    if (holder->adopted)
        return BFL_ERR_FULL;
    holder->adopted = list;
    return BFL_OK;
}

int32_t bfl_holder_adopted_count(const bfl_holder *holder)
{
    if (!live_or_count(holder) || !holder->adopted)
        return -1;
    return live_or_count(holder->adopted) ? holder->adopted->count : -1;
}

const char *bfl_strerror(int32_t code)
{
    switch (code) {
    case BFL_OK: return "ok";
    case BFL_ERR_FULL: return "the holder already adopted a list";
    case BFL_ERR_NOMEM: return "out of memory";
    default: return "unknown error";
    }
}

void bfl_fail_next_allocation(void) { atomic_store(&fail_next, 1); }
int32_t bfl_live_lists(void) { return atomic_load(&live_lists); }
int32_t bfl_live_holders(void) { return atomic_load(&live_holders); }
int32_t bfl_stale_uses(void) { return atomic_load(&stale_uses); }
int32_t bfl_double_frees(void) { return atomic_load(&double_frees); }

void bfl_reset_counters(void)
{
    atomic_store(&stale_uses, 0);
    atomic_store(&double_frees, 0);
}
