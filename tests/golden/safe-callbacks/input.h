/* Callbacks: one function per scope, a nullable callback, an unnamed callback type, and one without user data. */
#include <stddef.h>

/** A source of events. */
typedef struct cb_source cb_source;

/**
 * Visits a value.
 * @param value the value
 * @param user_data what was registered with the callback
 * @return 0 to go on
 */
typedef int (*cb_visit)(int value, void *user_data);

/** Called once when the library drops a callback. */
typedef void (*cb_free)(void *user_data);

/** Receives log lines; there is no user data. */
typedef void (*cb_log)(const char *message);

cb_source *cb_source_new(void);
void cb_source_free(cb_source *s);
int cb_each(const int *values, size_t count, cb_visit visit, void *user_data);
void cb_later(cb_visit visit, void *user_data);
int cb_run_later(void);
int cb_watch(cb_visit visit, void *user_data, cb_free destroy);
void cb_source_on_change(cb_source *s, cb_visit handler, void *user_data);
int cb_source_emit(cb_source *s, int value);
void cb_set_logger(cb_log logger);
int cb_exec(const char *sql, int (*row)(void *arg, int columns, char **values), void *arg);
void cb_global(cb_visit visit, void *user_data);
