/* bf_parent, bf_child and bf_refobj: parent keep-alive and reference counting. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

struct bf_parent {
    _Atomic uint32_t magic;
    _Atomic int32_t children;
    pthread_mutex_t lock;
    bf_refobj *shared;
};

struct bf_child {
    _Atomic uint32_t magic;
    bf_parent *parent;
    int32_t value;
};

struct bf_refobj {
    _Atomic uint32_t magic;
    _Atomic int32_t refs;
    int32_t value;
};

bf_parent *bf_parent_create(void)
{
    bf_parent *parent = fx_alloc(sizeof *parent, BF_KIND_PARENT);
    pthread_mutex_init(&parent->lock, NULL);
    atomic_store(&parent->magic, FX_MAGIC_LIVE);
    return parent;
}

void bf_parent_destroy(bf_parent *parent)
{
    if (!fx_release(parent, BF_KIND_PARENT))
        return;
    atomic_store(&parent->magic, FX_MAGIC_DEAD);
    if (atomic_load(&parent->children) > 0)
        fx_count(FX_ORDER_ERRORS);
    if (parent->shared)
        bf_refobj_unref(parent->shared);
    parent->shared = NULL;
}

int32_t bf_parent_child_count(const bf_parent *parent)
{
    return fx_check_live(&parent->magic) ? atomic_load(&parent->children) : 0;
}

bf_child *bf_child_create(bf_parent *parent, int32_t value)
{
    if (!fx_check_live(&parent->magic))
        return NULL;
    bf_child *child = fx_alloc(sizeof *child, BF_KIND_CHILD);
    child->parent = parent;
    child->value = value;
    atomic_fetch_add(&parent->children, 1);
    atomic_store(&child->magic, FX_MAGIC_LIVE);
    return child;
}

int32_t bf_parent_add_child(bf_parent *parent, int32_t value, bf_child **out)
{
    *out = NULL;
    if (value < 0) {
        fx_set_last_error("bf_parent_add_child: value must not be negative");
        return BF_ERR_RANGE;
    }
    *out = bf_child_create(parent, value);
    return *out ? BF_OK : BF_ERR_NULL;
}

void bf_child_destroy(bf_child *child)
{
    if (!fx_release(child, BF_KIND_CHILD))
        return;
    atomic_store(&child->magic, FX_MAGIC_DEAD);
    bf_parent *parent = child->parent;
    /* The parent's memory is never freed, so reading its magic is safe even when it is gone. */
    if (atomic_load(&parent->magic) != FX_MAGIC_LIVE)
        fx_count(FX_ORDER_ERRORS);
    atomic_fetch_sub(&parent->children, 1);
}

int32_t bf_child_get_value(const bf_child *child)
{
    return fx_check_live(&child->magic) ? child->value : 0;
}

bf_parent *bf_child_get_parent(const bf_child *child)
{
    return fx_check_live(&child->magic) ? child->parent : NULL;
}

bf_refobj *bf_parent_get_shared(bf_parent *parent)
{
    if (!fx_check_live(&parent->magic))
        return NULL;
    pthread_mutex_lock(&parent->lock);
    if (!parent->shared)
        parent->shared = bf_refobj_create(7);
    bf_refobj *shared = parent->shared;
    pthread_mutex_unlock(&parent->lock);
    return shared;
}

bf_refobj *bf_refobj_create(int32_t value)
{
    bf_refobj *obj = fx_alloc(sizeof *obj, BF_KIND_REFOBJ);
    obj->value = value;
    atomic_store(&obj->refs, 1);
    atomic_store(&obj->magic, FX_MAGIC_LIVE);
    return obj;
}

bf_refobj *bf_refobj_ref(bf_refobj *obj)
{
    if (fx_check_live(&obj->magic))
        atomic_fetch_add(&obj->refs, 1);
    return obj;
}

void bf_refobj_unref(bf_refobj *obj)
{
    if (atomic_load(&obj->magic) != FX_MAGIC_LIVE) {
        fx_release(obj, BF_KIND_REFOBJ); /* counts the double free */
        return;
    }
    if (atomic_fetch_sub(&obj->refs, 1) == 1) {
        atomic_store(&obj->magic, FX_MAGIC_DEAD);
        fx_release(obj, BF_KIND_REFOBJ);
    }
}

int32_t bf_refobj_refcount(const bf_refobj *obj)
{
    return fx_check_live(&obj->magic) ? atomic_load(&obj->refs) : 0;
}

int32_t bf_refobj_get_value(const bf_refobj *obj)
{
    return fx_check_live(&obj->magic) ? obj->value : 0;
}
