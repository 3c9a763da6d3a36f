/* Function pointers: typedefs, inline parameters, returned, in structs, variadic ones. */

/** Called with user data; returns non-zero to stop. */
typedef int (*fp_callback)(void *user, int value);

/** A function type (not a pointer) named by a typedef. */
typedef void fp_notify(const char *message);

typedef void (*fp_log)(const char *format, ...);

typedef long double (*fp_precise)(long double);

int fp_each(fp_callback callback, void *user);
int fp_inline(int (*compare)(const void *, const void *), void (*done)(void));
void fp_on_notify(fp_notify *notify, fp_notify again);
fp_callback fp_default(void);
int (*fp_returns_inline(int which))(int, int);
void fp_set_logger(fp_log logger, fp_precise precise);

struct fp_vtable {
    fp_callback on_value;
    void (*on_close)(struct fp_vtable *self);
    void *(*allocate)(unsigned long size);
    fp_log log;
};

void fp_register(const struct fp_vtable *table);
