/* bf_object: an owned, free-threaded handle with strings, borrowed views and a forever callback. */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <stdio.h>
#include <string.h>

struct bf_object {
    _Atomic uint32_t magic;
    pthread_mutex_t lock;
    int32_t value;
    char *name;
    uint8_t *data;
    size_t data_length;
    bf_point point;
    bf_int_callback callback;
    void *callback_data;
    char errmsg[128];
};

bf_object *bf_object_create(int32_t value)
{
    bf_object *obj = fx_alloc(sizeof *obj, BF_KIND_OBJECT);
    pthread_mutex_init(&obj->lock, NULL);
    obj->value = value;
    snprintf(obj->errmsg, sizeof obj->errmsg, "no error");
    atomic_store(&obj->magic, FX_MAGIC_LIVE);
    return obj;
}

int32_t bf_object_create_checked(int32_t value, bf_object **out)
{
    if (!out) {
        fx_count(FX_NULL_ERRORS);
        return BF_ERR_NULL;
    }
    *out = NULL;
    if (value < 0) {
        fx_set_last_error("bf_object_create_checked: value must not be negative");
        return BF_ERR_RANGE;
    }
    *out = bf_object_create(value);
    return BF_OK;
}

bf_object *bf_object_try_create(int32_t value)
{
    return value < 0 ? NULL : bf_object_create(value);
}

void bf_object_destroy(bf_object *obj)
{
    if (!obj) {
        fx_count(FX_NULL_ERRORS);
        return;
    }
    if (!fx_release(obj, BF_KIND_OBJECT))
        return;
    atomic_store(&obj->magic, FX_MAGIC_DEAD);
    if (obj->name)
        fx_release(obj->name, BF_KIND_BUFFER);
    if (obj->data)
        fx_release(obj->data, BF_KIND_BUFFER);
    obj->name = NULL;
    obj->data = NULL;
    obj->callback = NULL;
}

int32_t bf_object_get_value(const bf_object *obj)
{
    return fx_check_live(&obj->magic) ? obj->value : 0;
}

void bf_object_set_value(bf_object *obj, int32_t value)
{
    if (fx_check_live(&obj->magic))
        obj->value = value;
}

int32_t bf_object_consume(bf_object *obj)
{
    if (!fx_check_live(&obj->magic))
        return 0;
    int32_t value = obj->value;
    bf_object_destroy(obj);
    return value;
}

int32_t bf_object_fail(bf_object *obj, int32_t code)
{
    if (!fx_check_live(&obj->magic))
        return BF_ERR_NULL;
    pthread_mutex_lock(&obj->lock);
    if (code == BF_OK)
        snprintf(obj->errmsg, sizeof obj->errmsg, "no error");
    else
        snprintf(obj->errmsg, sizeof obj->errmsg, "object %d failed with code %d", obj->value, code);
    pthread_mutex_unlock(&obj->lock);
    return code;
}

const char *bf_object_errmsg(const bf_object *obj)
{
    return fx_check_live(&obj->magic) ? obj->errmsg : "stale object";
}

char *bf_object_describe(const bf_object *obj)
{
    char text[64];
    snprintf(text, sizeof text, "object(%d)", fx_check_live(&obj->magic) ? obj->value : -1);
    return fx_strdup(text, BF_KIND_STRING);
}

int32_t bf_object_describe_out(const bf_object *obj, char **out)
{
    *out = bf_object_describe(obj);
    return BF_OK;
}

const char *bf_object_get_name(const bf_object *obj)
{
    return fx_check_live(&obj->magic) ? obj->name : NULL;
}

int32_t bf_object_set_name(bf_object *obj, const char *name)
{
    if (!fx_check_live(&obj->magic))
        return BF_ERR_NULL;
    pthread_mutex_lock(&obj->lock);
    if (obj->name)
        fx_release(obj->name, BF_KIND_BUFFER);
    obj->name = name ? fx_strdup(name, BF_KIND_BUFFER) : NULL;
    pthread_mutex_unlock(&obj->lock);
    return BF_OK;
}

const uint8_t *bf_object_get_data(const bf_object *obj)
{
    return fx_check_live(&obj->magic) ? obj->data : NULL;
}

size_t bf_object_get_data_length(const bf_object *obj)
{
    return fx_check_live(&obj->magic) ? obj->data_length : 0;
}

int32_t bf_object_set_data(bf_object *obj, const uint8_t *data, size_t length)
{
    if (!fx_check_live(&obj->magic))
        return BF_ERR_NULL;
    pthread_mutex_lock(&obj->lock);
    if (obj->data) {
        /* Poison the old buffer so a stale reader sees garbage, not the old bytes. */
        memset(obj->data, 0xEE, obj->data_length);
        fx_release(obj->data, BF_KIND_BUFFER);
    }
    obj->data = NULL;
    obj->data_length = 0;
    if (length > 0) {
        obj->data = fx_alloc(length, BF_KIND_BUFFER);
        memcpy(obj->data, data, length);
        obj->data_length = length;
    }
    pthread_mutex_unlock(&obj->lock);
    return BF_OK;
}

void bf_object_set_point(bf_object *obj, const bf_point *point)
{
    if (fx_check_live(&obj->magic))
        obj->point = *point;
}

void bf_object_get_point(const bf_object *obj, bf_point *out)
{
    if (fx_check_live(&obj->magic))
        *out = obj->point;
}

void bf_object_set_callback(bf_object *obj, bf_int_callback callback, void *user_data)
{
    if (!fx_check_live(&obj->magic))
        return;
    pthread_mutex_lock(&obj->lock);
    obj->callback = callback;
    obj->callback_data = user_data;
    pthread_mutex_unlock(&obj->lock);
}

int32_t bf_object_fire(bf_object *obj, int32_t value)
{
    if (!fx_check_live(&obj->magic))
        return -1;
    pthread_mutex_lock(&obj->lock);
    bf_int_callback callback = obj->callback;
    void *user_data = obj->callback_data;
    pthread_mutex_unlock(&obj->lock);
    return callback ? callback(value, user_data) : -1;
}
