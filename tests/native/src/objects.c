/*
 * The object system of objects.h: reference counts, floating references, a list freed with its elements.
 * Memory is never freed, so a dead object stays readable and an unref of it is counted, never a crash.
 */
#define _POSIX_C_SOURCE 200809L
#include "../objects.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#define BFO_LIVE 0x42464F4Fu
#define BFO_DEAD 0xDEADBEEFu

struct bfo_object {
    uint32_t magic;
    _Atomic int32_t refs;
    _Atomic int32_t floating;
    bfo_destroy_fn finalize;
};

struct bfo_shape {
    bfo_object base;
    char name[64];
    char label[80];
    int32_t size;
    bfo_visit_fn watch;
    void *watch_data;
    bfo_destroy_fn watch_destroy;
};

static _Atomic int32_t live_objects, live_nodes, bad_unrefs;

static bfo_object *live(const void *object)
{
    bfo_object *o = (bfo_object *)object;
    if (!o || o->magic != BFO_LIVE) {
        atomic_fetch_add(&bad_unrefs, 1);
        return NULL;
    }
    return o;
}

void *bfo_ref(void *object)
{
    bfo_object *o = live(object);
    if (o)
        atomic_fetch_add(&o->refs, 1);
    return object;
}

void bfo_unref(void *object)
{
    bfo_object *o = live(object);
    if (!o || atomic_fetch_sub(&o->refs, 1) != 1)
        return;
    if (o->finalize)
        o->finalize(o);
    o->magic = BFO_DEAD;
    atomic_fetch_sub(&live_objects, 1);
}

void *bfo_ref_sink(void *object)
{
    bfo_object *o = live(object);
    if (o && !atomic_exchange(&o->floating, 0))
        atomic_fetch_add(&o->refs, 1);
    return object;
}

int32_t bfo_is_floating(const void *object)
{
    const bfo_object *o = object;
    return o && o->magic == BFO_LIVE ? atomic_load(&o->floating) : 0;
}

int32_t bfo_refcount(const void *object)
{
    const bfo_object *o = object;
    return o && o->magic == BFO_LIVE ? atomic_load(&o->refs) : 0;
}

static void shape_finalize(void *object)
{
    bfo_shape *shape = object;
    if (shape->watch_destroy)
        shape->watch_destroy(shape->watch_data);
}

static bfo_shape *shape_create(const char *name, int32_t size, int32_t floating)
{
    bfo_shape *shape = calloc(1, sizeof *shape);
    if (!shape)
        abort();
    shape->base.magic = BFO_LIVE;
    shape->base.refs = 1;
    shape->base.floating = floating;
    shape->base.finalize = shape_finalize;
    strncpy(shape->name, name ? name : "", sizeof shape->name - 1);
    shape->size = size;
    atomic_fetch_add(&live_objects, 1);
    return shape;
}

bfo_shape *bfo_shape_new(const char *name, int32_t size)
{
    return shape_create(name, size, 1);
}

bfo_shape *bfo_shape_copy(bfo_shape *shape)
{
    return live(shape) ? shape_create(shape->name, shape->size, 0) : NULL;
}

const char *bfo_shape_get_name(bfo_shape *shape)
{
    return live(shape) ? shape->name : NULL;
}

/**
 * bfo_shape_get_label:
 * @shape: a shape
 *
 * A getter that hands out a new string: the name says borrowed, the annotation says owned.
 *
 * Returns: (transfer full): "name (size)", a new string; free it with bfo_free()
 */
char *bfo_shape_get_label(bfo_shape *shape)
{
    if (!live(shape))
        return NULL;
    size_t n = strlen(shape->name) + 16;
    char *label = malloc(n);
    if (!label)
        abort();
    snprintf(label, n, "%s (%d)", shape->name, (int)shape->size);
    return label;
}

/**
 * bfo_shape_find:
 * @shape: a shape
 * @name: (nullable): a name, or NULL for any
 *
 * Returns: (transfer none) (nullable): @shape when its name is @name (or @name is NULL), else NULL
 */
bfo_shape *bfo_shape_find(bfo_shape *shape, const char *name)
{
    if (!live(shape))
        return NULL;
    return !name || strcmp(shape->name, name) == 0 ? shape : NULL;
}

/**
 * bfo_shape_measure:
 * @shape: a shape
 * @width: (out caller-allocates): its width
 * @height: (out) (optional): its height, or NULL
 *
 * Returns: 0 on success
 */
int32_t bfo_shape_measure(bfo_shape *shape, int32_t *width, int32_t *height)
{
    if (!live(shape))
        return -1;
    *width = shape->size;
    if (height)
        *height = shape->size * 2;
    return 0;
}

bfo_object *bfo_shape_as_object(bfo_shape *shape)
{
    return live(shape) ? &shape->base : NULL;
}

void bfo_free(void *memory)
{
    free(memory);
}

static bfo_list *node(void *data, bfo_list *next)
{
    bfo_list *n = calloc(1, sizeof *n);
    if (!n)
        abort();
    n->data = data;
    n->next = next;
    atomic_fetch_add(&live_nodes, 1);
    return n;
}

bfo_list *bfo_shapes_make(int32_t count)
{
    bfo_list *list = NULL;
    for (int32_t i = count; i > 0; i--) {
        char name[16];
        snprintf(name, sizeof name, "shape%d", (int)i);
        list = node(shape_create(name, i, 0), list);
    }
    return list;
}

void bfo_list_free(bfo_list *list)
{
    while (list) {
        bfo_list *next = list->next;
        list->next = NULL;
        list->data = NULL;
        atomic_fetch_sub(&live_nodes, 1);
        list = next;
    }
}

void bfo_list_free_full(bfo_list *list, bfo_destroy_fn free_func)
{
    for (bfo_list *n = list; n; n = n->next)
        if (free_func)
            free_func(n->data);
    bfo_list_free(list);
}

int32_t bfo_list_length(const bfo_list *list)
{
    int32_t n = 0;
    for (; list; list = list->next)
        n++;
    return n;
}

int32_t bfo_sum_sizes(const int32_t *sizes, size_t count)
{
    int32_t sum = 0;
    for (size_t i = 0; i < count; i++)
        sum += sizes[i];
    return sum;
}

int32_t bfo_shape_visit(bfo_shape *shape, bfo_visit_fn visit, void *data)
{
    return live(shape) && visit ? visit(shape, data) : 0;
}

void bfo_shape_watch(bfo_shape *shape, bfo_visit_fn visit, void *data, bfo_destroy_fn destroy)
{
    if (!live(shape))
        return;
    if (shape->watch_destroy)
        shape->watch_destroy(shape->watch_data);
    shape->watch = visit;
    shape->watch_data = data;
    shape->watch_destroy = destroy;
}

int32_t bfo_live_objects(void) { return atomic_load(&live_objects); }
int32_t bfo_live_nodes(void) { return atomic_load(&live_nodes); }
int32_t bfo_bad_unrefs(void) { return atomic_load(&bad_unrefs); }
