/*
 * bf_conn and bf_cursor: a free-threaded connection that keeps its last call's error on itself,
 * guarded by a recursive mutex the caller can take too (bf_conn_mutex), like sqlite3's
 * sqlite3_db_mutex. Every allocation is fallible (fx_try_alloc) and reported as BF_ERR_NOMEM.
 */
#define _GNU_SOURCE
#include "internal.h"

#include <stdio.h>
#include <string.h>

struct bf_mutex {
    pthread_mutex_t lock;
};

struct bf_conn {
    _Atomic uint32_t magic; /* first: retire() */
    bf_mutex mutex;
    char *name;
    char *label;
    int32_t errcode;
    char errmsg[128];
    int32_t cursors;
    int32_t active;
};

struct bf_cursor {
    _Atomic uint32_t magic; /* first: retire() */
    bf_conn *conn;
    int32_t active;
};

/* Stores a call's outcome on the connection. Caller holds conn->mutex. */
static void conn_set(bf_conn *conn, int32_t code, const char *message)
{
    conn->errcode = code;
    snprintf(conn->errmsg, sizeof conn->errmsg, "%s", message);
}

static int32_t conn_nomem(bf_conn *conn)
{
    conn_set(conn, BF_ERR_NOMEM, "out of memory");
    return BF_ERR_NOMEM;
}

/*
 * The start of a destroy function: counts a NULL, records the free and marks the object dead.
 * Returns 1 when the object was live; both structs keep their magic first.
 */
static int retire(void *ptr, bf_kind kind)
{
    if (!ptr) {
        fx_count(FX_NULL_ERRORS);
        return 0;
    }
    if (!fx_release(ptr, kind))
        return 0;
    atomic_store((_Atomic uint32_t *)ptr, FX_MAGIC_DEAD);
    return 1;
}

/* Widens the window between a call storing its error and the caller reading it. */
static void conn_linger(void)
{
    for (volatile int i = 0; i < 3000; i++) {
    }
}

int32_t bf_conn_open(const char *name, bf_conn **out)
{
    if (!out || !name) {
        fx_count(FX_NULL_ERRORS);
        return BF_ERR_NULL;
    }
    *out = NULL;
    bf_conn *conn = fx_try_alloc(sizeof *conn, BF_KIND_CONN);
    if (!conn)
        return BF_ERR_NOMEM;
    conn->name = fx_try_strdup(name, BF_KIND_BUFFER);
    if (!conn->name) {
        fx_release(conn, BF_KIND_CONN);
        return BF_ERR_NOMEM;
    }
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&conn->mutex.lock, &attr);
    pthread_mutexattr_destroy(&attr);
    conn_set(conn, BF_OK, "not an error");
    atomic_store(&conn->magic, FX_MAGIC_LIVE);
    *out = conn;
    return BF_OK;
}

void bf_conn_close(bf_conn *conn)
{
    if (!retire(conn, BF_KIND_CONN))
        return;
    if (conn->cursors > 0)
        fx_count(FX_ORDER_ERRORS);
    fx_release(conn->name, BF_KIND_BUFFER);
    if (conn->label)
        fx_release(conn->label, BF_KIND_BUFFER);
}

const char *bf_conn_errmsg(bf_conn *conn) { return fx_check_live(&conn->magic) ? conn->errmsg : "stale connection"; }

int32_t bf_conn_errcode(bf_conn *conn) { return fx_check_live(&conn->magic) ? conn->errcode : BF_ERR_NULL; }

bf_mutex *bf_conn_mutex(bf_conn *conn) { return &conn->mutex; }

void bf_mutex_enter(bf_mutex *mutex) { pthread_mutex_lock(&mutex->lock); }

void bf_mutex_leave(bf_mutex *mutex) { pthread_mutex_unlock(&mutex->lock); }

int32_t bf_conn_exec(bf_conn *conn, int32_t call_id, int32_t code)
{
    if (!fx_check_live(&conn->magic))
        return BF_ERR_NULL;
    pthread_mutex_lock(&conn->mutex.lock);
    char *scratch = fx_try_alloc(64, BF_KIND_BUFFER);
    if (!scratch) {
        int32_t rc = conn_nomem(conn);
        pthread_mutex_unlock(&conn->mutex.lock);
        return rc;
    }
    if (code == BF_OK)
        snprintf(scratch, 64, "not an error");
    else
        snprintf(scratch, 64, "call %d failed with code %d", call_id, code);
    conn_set(conn, code, scratch);
    fx_release(scratch, BF_KIND_BUFFER);
    pthread_mutex_unlock(&conn->mutex.lock);
    conn_linger();
    return code;
}

char *bf_conn_describe(bf_conn *conn)
{
    if (!fx_check_live(&conn->magic))
        return NULL;
    char text[160];
    pthread_mutex_lock(&conn->mutex.lock);
    snprintf(text, sizeof text, "connection '%s'", conn->name);
    char *copy = fx_try_strdup(text, BF_KIND_STRING);
    if (copy)
        conn_set(conn, BF_OK, "not an error");
    else
        conn_nomem(conn);
    pthread_mutex_unlock(&conn->mutex.lock);
    return copy;
}

const char *bf_conn_label(bf_conn *conn, int32_t id)
{
    if (!fx_check_live(&conn->magic))
        return NULL;
    pthread_mutex_lock(&conn->mutex.lock);
    if (conn->label)
        fx_release(conn->label, BF_KIND_BUFFER);
    conn->label = NULL;
    conn_set(conn, BF_OK, "not an error");
    if (id >= 0) {
        char text[32];
        snprintf(text, sizeof text, "label %d", id);
        conn->label = fx_try_strdup(text, BF_KIND_BUFFER);
        if (!conn->label)
            conn_nomem(conn);
    }
    const char *label = conn->label;
    pthread_mutex_unlock(&conn->mutex.lock);
    return label;
}

int32_t bf_cursor_open(bf_conn *conn, bf_cursor **out)
{
    *out = NULL;
    if (!fx_check_live(&conn->magic))
        return BF_ERR_NULL;
    pthread_mutex_lock(&conn->mutex.lock);
    bf_cursor *cursor = fx_try_alloc(sizeof *cursor, BF_KIND_CURSOR);
    int32_t rc = BF_OK;
    if (!cursor) {
        rc = conn_nomem(conn);
    } else {
        cursor->conn = conn;
        conn->cursors++;
        atomic_store(&cursor->magic, FX_MAGIC_LIVE);
        conn_set(conn, BF_OK, "not an error");
        *out = cursor;
    }
    pthread_mutex_unlock(&conn->mutex.lock);
    return rc;
}

void bf_cursor_close(bf_cursor *cursor)
{
    if (!retire(cursor, BF_KIND_CURSOR))
        return;
    bf_conn *conn = cursor->conn;
    if (!fx_check_live(&conn->magic)) {
        fx_count(FX_ORDER_ERRORS);
        return;
    }
    pthread_mutex_lock(&conn->mutex.lock);
    conn->cursors--;
    if (cursor->active)
        conn->active--;
    pthread_mutex_unlock(&conn->mutex.lock);
}

int32_t bf_cursor_step(bf_cursor *cursor, int32_t code)
{
    if (!fx_check_live(&cursor->magic))
        return BF_ERR_NULL;
    bf_conn *conn = cursor->conn;
    pthread_mutex_lock(&conn->mutex.lock);
    char *row = fx_try_alloc(16, BF_KIND_BUFFER);
    if (!row) {
        int32_t rc = conn_nomem(conn);
        pthread_mutex_unlock(&conn->mutex.lock);
        return rc;
    }
    fx_release(row, BF_KIND_BUFFER);
    if (!cursor->active) {
        cursor->active = 1;
        conn->active++;
    }
    char text[64];
    if (code == BF_OK)
        snprintf(text, sizeof text, "not an error");
    else
        snprintf(text, sizeof text, "cursor step failed with code %d", code);
    conn_set(conn, code, text);
    pthread_mutex_unlock(&conn->mutex.lock);
    return code;
}

int32_t bf_cursor_reset(bf_cursor *cursor)
{
    if (!fx_check_live(&cursor->magic))
        return BF_ERR_NULL;
    bf_conn *conn = cursor->conn;
    pthread_mutex_lock(&conn->mutex.lock);
    if (cursor->active) {
        cursor->active = 0;
        conn->active--;
    }
    conn_set(conn, BF_OK, "cursor reset");
    pthread_mutex_unlock(&conn->mutex.lock);
    return BF_OK;
}

int32_t bf_cursor_is_active(bf_cursor *cursor) { return fx_check_live(&cursor->magic) ? cursor->active : 0; }

int32_t bf_conn_active_cursors(bf_conn *conn) { return fx_check_live(&conn->magic) ? conn->active : 0; }
