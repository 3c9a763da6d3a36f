/* Callback-taking functions, one per scope: call, async, notified (forever lives on bf_object). */
#define _POSIX_C_SOURCE 200809L
#include "internal.h"

#include <stdlib.h>

typedef struct fx_pending {
    bf_int_callback callback;
    void *user_data;
    int32_t value;
} fx_pending;

static pthread_mutex_t fx_callback_lock = PTHREAD_MUTEX_INITIALIZER;
static fx_pending *fx_queue;
static size_t fx_queue_length;
static size_t fx_queue_capacity;

static bf_int_callback fx_watcher;
static void *fx_watcher_data;
static bf_destroy_notify fx_watcher_destroy;

int32_t bf_call_each(const int32_t *values, size_t count, bf_int_callback callback, void *user_data)
{
    int32_t sum = 0;
    for (size_t i = 0; i < count; i++) {
        int32_t result = callback(values[i], user_data);
        if (result < 0)
            return result;
        sum += result;
    }
    return sum;
}

void bf_call_later(bf_int_callback callback, void *user_data, int32_t value)
{
    pthread_mutex_lock(&fx_callback_lock);
    if (fx_queue_length == fx_queue_capacity) {
        fx_queue_capacity = fx_queue_capacity ? fx_queue_capacity * 2 : 16;
        fx_queue = realloc(fx_queue, fx_queue_capacity * sizeof *fx_queue);
        if (!fx_queue)
            abort();
    }
    fx_queue[fx_queue_length++] = (fx_pending){ callback, user_data, value };
    pthread_mutex_unlock(&fx_callback_lock);
}

int32_t bf_run_pending(void)
{
    pthread_mutex_lock(&fx_callback_lock);
    fx_pending *batch = fx_queue;
    size_t n = fx_queue_length;
    fx_queue = NULL;
    fx_queue_length = 0;
    fx_queue_capacity = 0;
    pthread_mutex_unlock(&fx_callback_lock);
    for (size_t i = 0; i < n; i++)
        batch[i].callback(batch[i].value, batch[i].user_data);
    free(batch);
    return (int32_t)n;
}

int32_t bf_pending_count(void)
{
    pthread_mutex_lock(&fx_callback_lock);
    int32_t n = (int32_t)fx_queue_length;
    pthread_mutex_unlock(&fx_callback_lock);
    return n;
}

/* Detaches the current watcher under the lock; the caller runs its destroy outside the lock. */
static void fx_take_watcher(bf_destroy_notify *destroy, void **user_data)
{
    *destroy = fx_watcher_destroy;
    *user_data = fx_watcher_data;
    fx_watcher = NULL;
    fx_watcher_data = NULL;
    fx_watcher_destroy = NULL;
}

int32_t bf_watch(bf_int_callback callback, void *user_data, bf_destroy_notify destroy)
{
    bf_destroy_notify old_destroy;
    void *old_data;
    pthread_mutex_lock(&fx_callback_lock);
    fx_take_watcher(&old_destroy, &old_data);
    fx_watcher = callback;
    fx_watcher_data = user_data;
    fx_watcher_destroy = destroy;
    pthread_mutex_unlock(&fx_callback_lock);
    if (old_destroy)
        old_destroy(old_data);
    return BF_OK;
}

int32_t bf_watch_fire(int32_t value)
{
    pthread_mutex_lock(&fx_callback_lock);
    bf_int_callback callback = fx_watcher;
    void *user_data = fx_watcher_data;
    pthread_mutex_unlock(&fx_callback_lock);
    return callback ? callback(value, user_data) : -1;
}

void bf_unwatch(void)
{
    bf_destroy_notify destroy;
    void *user_data;
    pthread_mutex_lock(&fx_callback_lock);
    fx_take_watcher(&destroy, &user_data);
    pthread_mutex_unlock(&fx_callback_lock);
    if (destroy)
        destroy(user_data);
}
