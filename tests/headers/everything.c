/*
 * everything.c: a trivial implementation of every function in everything.h, so the header's bindings can
 * be run against a real library:  cc -std=gnu11 -shared -fPIC -o libeverything.so everything.c
 * Allocations (ev_alloc, ev_open) count up ev_counter and their releases count it down.
 */
#if !defined(__clang__)
/* gcc knows neither nullability qualifiers nor ownership attributes. */
#define _Nonnull
#define _Nullable
#pragma GCC diagnostic ignored "-Wattributes"
#endif

#include "everything.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct ev_handle {
    char name[32];
};

int ev_counter = 0;

static ev_log_fn current_logger;

int ev_version(void) { return 100; }

int ev_add(int a, int b) { return a + b; }

int ev_sum(int count, ...)
{
    va_list args;
    va_start(args, count);
    int total = 0;
    for (int i = 0; i < count; i++)
        total += va_arg(args, int);
    va_end(args);
    return total;
}

int ev_unnamed(int n, const char *s) { return n + (s ? (int)strlen(s) : 0); }

int __attribute__((sysv_abi)) ev_sysv(int x) { return x * 3; }

void *ev_alloc(size_t size)
{
    void *p = malloc(size);
    if (p)
        ev_counter++;
    return p;
}

void ev_free(void *p)
{
    if (p)
        ev_counter--;
    free(p);
}

int ev_old_add(int a, int b) { return a + b; }

size_t ev_strlen(const char *_Nonnull s) { return strlen(s); }

const char *_Nullable ev_name(int id)
{
    switch (id) {
    case 1: return "one";
    case 2: return "two";
    default: return NULL;
    }
}

int ev_open(const char *name, ev_handle **out)
{
    if (!name || !out)
        return -1;
    ev_handle *handle = calloc(1, sizeof *handle);
    if (!handle)
        return -2;
    strncpy(handle->name, name, sizeof handle->name - 1);
    ev_counter++;
    *out = handle;
    return 0;
}

void ev_close(ev_handle *_Nullable handle)
{
    if (handle) {
        ev_counter--;
        free(handle);
    }
}

void ev_point_move(ev_point *p, int dx, int dy)
{
    p->x += dx;
    p->y += dy;
}

ev_point ev_point_make(int x, int y)
{
    ev_point p = { x, y };
    return p;
}

int ev_point_sum(const ev_point *p) { return p->x + p->y; }

double ev_matrix_trace(const ev_matrix *m) { return m->m[0][0] + m->m[1][1]; }

/* Calls callback with 1, 2, 3 until it returns non-zero; returns how many calls were made. */
int ev_apply(ev_callback callback, void *user)
{
    int calls = 0;
    for (int value = 1; value <= 3; value++) {
        calls++;
        if (callback(user, value))
            break;
    }
    return calls;
}

int ev_apply_inline(int (*fn)(int, int), int a, int b) { return fn(a, b); }

static int default_callback(void *user, int value)
{
    (void)user;
    return value >= 2;
}

ev_callback ev_default_callback(void) { return default_callback; }

void ev_set_logger(ev_log_fn logger)
{
    current_logger = logger;
    if (current_logger)
        current_logger("logger set: %d", 1);
}

double ev_scale(float f, double d) { return f * d; }

long ev_long(long v) { return -v; }

unsigned long long ev_ull(unsigned long long v) { return v + 1; }

int64_t ev_i64(int64_t v) { return v * 2; }

_Bool ev_is_even(int v) { return v % 2 == 0; }

ev_color ev_next_color(ev_color c)
{
    switch (c) {
    case EV_RED: return EV_GREEN;
    case EV_GREEN: return EV_BLUE;
    default: return EV_RED;
    }
}

enum ev_signed ev_sign(int v) { return v < 0 ? EV_NEG : v > 0 ? EV_POS : EV_ZERO; }

size_t ev_fill(ev_byte *buffer, size_t length, ev_byte value)
{
    memset(buffer, value, length);
    return length;
}

union ev_value ev_value_of_int(int i)
{
    union ev_value v;
    memset(&v, 0, sizeof v);
    v.i = i;
    return v;
}

/* Fills every kind of member with a known value; returns sizeof(struct ev_record) so callers can check layout. */
int ev_record_init(struct ev_record *record, int id)
{
    memset(record, 0, sizeof *record);
    record->id = id;
    record->flags = 5;
    record->mode = 17;
    record->delta = -3;
    record->as_int = 7;
    record->lo = 1;
    record->hi = 2;
    record->pair.a = 3;
    record->pair.b = 4;
    strcpy(record->name, "record");
    record->grid[2][3] = 23;
    record->points[1].y = 12;
    record->color = EV_BLUE;
    record->size_class = EV_SMALL_B;
    record->label = "label";
    return (int)sizeof *record;
}
