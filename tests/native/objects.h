/*
 * bffixture's object system: reference-counted objects with a type hierarchy and floating references, the way
 * GObject works, and a list that can be freed together with its elements. Declared apart from fixture.h
 * (objects.yaml binds it); built into libbffixture. Documented the GObject-Introspection way: gtk-doc comments with
 * annotations here and in src/objects.c, and objects.gir describes the same API as g-ir-scanner would.
 *
 * Every object is a bfo_object: bfo_ref() and bfo_unref() take any object as `void *`. Memory is never returned to
 * the allocator, so an unref of a dead object is counted (bfo_bad_unrefs), never a crash.
 */
#ifndef BF_OBJECTS_H
#define BF_OBJECTS_H

#include <stddef.h>
#include <stdint.h>

/** The base type of every object: a reference count and a floating flag. */
typedef struct bfo_object bfo_object;

/** A shape: a bfo_object with a name and a size. */
typedef struct bfo_shape bfo_shape;

/** A list node; a list is its first node, NULL when empty. */
typedef struct bfo_list {
    void *data;
    struct bfo_list *next;
} bfo_list;

/** Releases one element of a list. */
typedef void (*bfo_destroy_fn)(void *data);

/** Visits one shape; return non-zero to stop. */
typedef int32_t (*bfo_visit_fn)(bfo_shape *shape, void *data);

/**
 * bfo_ref:
 * @object: (type bfo_object): an object of any type
 *
 * Adds a reference.
 *
 * Returns: (transfer full): @object
 */
void *bfo_ref(void *object);

/**
 * bfo_unref:
 * @object: (type bfo_object) (transfer full): an object of any type
 *
 * Drops a reference; the last one destroys the object.
 */
void bfo_unref(void *object);

/**
 * bfo_ref_sink:
 * @object: (type bfo_object): an object of any type
 *
 * Turns a floating reference into a full one; on an object that is not floating, adds a reference.
 *
 * Returns: (transfer full): @object
 */
void *bfo_ref_sink(void *object);

/** 1 while the object's reference is floating. */
int32_t bfo_is_floating(const void *object);

/** The object's reference count. */
int32_t bfo_refcount(const void *object);

/**
 * bfo_shape_new:
 * @name: the shape's name
 * @size: its size
 *
 * Creates a shape with a floating reference, for a container to sink.
 *
 * Returns: (transfer floating): a new shape
 */
bfo_shape *bfo_shape_new(const char *name, int32_t size);

/**
 * bfo_shape_copy:
 * @shape: a shape
 *
 * Returns: (transfer full): a new shape with the same name and size, not floating
 */
bfo_shape *bfo_shape_copy(bfo_shape *shape);

/**
 * bfo_shape_get_name:
 * @shape: a shape
 *
 * Returns: (transfer none): the name, valid as long as @shape
 */
const char *bfo_shape_get_name(bfo_shape *shape);

/**
 * bfo_free:
 * @memory: (nullable): memory from this library, or NULL
 *
 * Frees a string or buffer this library handed out.
 */
void bfo_free(void *memory);

/* bfo_shape_get_label, bfo_shape_find and bfo_shape_measure are documented in src/objects.c. */
char *bfo_shape_get_label(bfo_shape *shape);

bfo_shape *bfo_shape_find(bfo_shape *shape, const char *name);

int32_t bfo_shape_measure(bfo_shape *shape, int32_t *width, int32_t *height);

/**
 * bfo_shape_as_object:
 * @shape: a shape
 *
 * Returns: (transfer none): the same object, as its base type
 */
bfo_object *bfo_shape_as_object(bfo_shape *shape);

/**
 * bfo_shapes_make:
 * @count: how many shapes
 *
 * Returns: (transfer full) (element-type bfo_shape): a list of new shapes; free it with
 *   bfo_list_free_full() and bfo_unref()
 */
bfo_list *bfo_shapes_make(int32_t count);

/**
 * bfo_list_free:
 * @list: a list
 *
 * Frees the nodes only.
 */
void bfo_list_free(bfo_list *list);

/**
 * bfo_list_free_full:
 * @list: (transfer full): a list
 * @free_func: releases each element
 *
 * Frees the nodes and releases each element.
 */
void bfo_list_free_full(bfo_list *list, bfo_destroy_fn free_func);

/**
 * bfo_list_length:
 * @list: (nullable): a list
 *
 * Returns: its number of nodes
 */
int32_t bfo_list_length(const bfo_list *list);

/**
 * bfo_sum_sizes:
 * @sizes: (array length=count): sizes
 * @count: how many
 *
 * Returns: their sum
 */
int32_t bfo_sum_sizes(const int32_t *sizes, size_t count);

/**
 * bfo_shape_visit:
 * @shape: a shape
 * @visit: (scope call) (closure data): called once
 * @data: passed to @visit
 *
 * Returns: what @visit returned
 */
int32_t bfo_shape_visit(bfo_shape *shape, bfo_visit_fn visit, void *data);

/**
 * bfo_shape_watch:
 * @shape: a shape
 * @visit: (scope notified) (closure data) (destroy destroy): called at each resize
 * @data: passed to @visit
 * @destroy: releases @data when the watch ends
 */
void bfo_shape_watch(bfo_shape *shape, bfo_visit_fn visit, void *data, bfo_destroy_fn destroy);

/** Live objects (of every type), live list nodes, and unrefs of objects that were already dead. */
int32_t bfo_live_objects(void);
int32_t bfo_live_nodes(void);
int32_t bfo_bad_unrefs(void);

#endif
