/**
 * @file fixture.h
 * @brief bffixture: a small C library that BindingForge's tests bind and run against.
 *
 * Every allocation the library hands out is recorded in a registry, so tests can ask how many
 * objects are alive and whether anything was freed twice, freed with the wrong function, freed
 * in the wrong order, used from the wrong thread or entered concurrently. Misuse is counted, never
 * a crash: memory is never returned to the system allocator, so a stale pointer still points at
 * readable memory and its registry entry says it was freed.
 *
 * The header is declaration-only: BindingForge parses it with libclang.
 *
 * VERSION 2 (tests/upgrade): an upgrade of tests/native/fixture.h for the surface-diff tests. It renumbers
 * bf_kind (BF_KIND_WEAK inserted), widens bf_accumulator.flags, retypes bf_sleep_ms's parameter, makes
 * bf_increment_all return a count, renames bf_utf16_length to bf_utf16_units and adds bf_object_get_id.
 * All functions are thread-safe unless a handle type's documentation says otherwise.
 */
#ifndef BF_FIXTURE_H
#define BF_FIXTURE_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------------------------ */
/* Status codes                                                                               */
/* ------------------------------------------------------------------------------------------ */

/** Success. */
#define BF_OK 0
/** An argument was out of range (a negative value where a count is needed, for example). */
#define BF_ERR_RANGE 1
/** A required argument was NULL. */
#define BF_ERR_NULL 2
/** Division by zero. */
#define BF_ERR_DIVIDE_BY_ZERO 3
/** The caller asked bf_object_fail() for an error. */
#define BF_ERR_REQUESTED 4
/** bf_fail_errno() failed and set errno. */
#define BF_ERR_ERRNO (-1)
/** The connection is busy (bf_cursor_step() was asked for it). */
#define BF_ERR_BUSY 5
/** An allocation failed (see bf_fail_allocation()). */
#define BF_ERR_NOMEM 7

/** The ABI version callers pass to bf_abi_check(). */
#define BF_ABI_VERSION 2

/** Capacity of the small fixed-size array bf_sum_fixed4() reads. */
#define BF_FIXED_COUNT 4

/** Allocation kinds the registry counts separately. */
typedef enum bf_kind {
    BF_KIND_OBJECT = 0,    /**< bf_object */
    BF_KIND_PARENT = 1,    /**< bf_parent */
    BF_KIND_WEAK = 2,      /**< weak references (new in version 2) */
    BF_KIND_CHILD = 3,     /**< bf_child */
    BF_KIND_REFOBJ = 4,    /**< bf_refobj */
    BF_KIND_AFFINE = 5,    /**< bf_affine */
    BF_KIND_EXCLUSIVE = 6, /**< bf_exclusive */
    BF_KIND_STRING = 7,    /**< strings handed to the caller; free with bf_free() */
    BF_KIND_BUFFER = 8,    /**< buffers owned by other objects (names, data, accumulators) */
    BF_KIND_CONN = 9,      /**< bf_conn */
    BF_KIND_CURSOR = 10,   /**< bf_cursor */
    BF_KIND_COUNT = 11     /**< number of kinds */
} bf_kind;

/** An owned object: create with bf_object_create(), free with bf_object_destroy(). Thread-safe. */
typedef struct bf_object bf_object;
/** A parent that must outlive its children: destroying it while children live is an order error. */
typedef struct bf_parent bf_parent;
/** A child of a bf_parent; destroy it before its parent. */
typedef struct bf_child bf_child;
/** A reference-counted object: bf_refobj_ref() adds a reference, bf_refobj_unref() drops one. */
typedef struct bf_refobj bf_refobj;
/** A thread-affine object: every call, destroy included, must come from the creating thread. */
typedef struct bf_affine bf_affine;
/** An exclusive object: any thread, one at a time; concurrent entry is counted as an error. */
typedef struct bf_exclusive bf_exclusive;

/** A plain struct passed by pointer (in) or filled by the library (caller-allocates out). */
typedef struct bf_point {
    int32_t x; /**< horizontal coordinate */
    int32_t y; /**< vertical coordinate */
} bf_point;

/**
 * A struct the caller allocates and the library initialises in place, like zlib's z_stream.
 * bf_accumulator_init() allocates an internal buffer; bf_accumulator_end() frees it.
 */
typedef struct bf_accumulator {
    int64_t total;   /**< sum of the values added so far */
    int32_t count;   /**< number of values added so far */
    int64_t flags;   /**< reserved, zero (64 bits since version 2) */
    void *internal;  /**< library-private state; do not touch */
} bf_accumulator;

/**
 * A callback that receives a value and the user data it was registered with.
 * @param value the value the library passes
 * @param user_data the pointer given together with the callback
 * @return a result; bf_call_each() stops at the first negative result
 */
typedef int32_t (*bf_int_callback)(int32_t value, void *user_data);

/**
 * Called once when the library no longer needs a callback's user data.
 * @param user_data the pointer given together with the callback
 */
typedef void (*bf_destroy_notify)(void *user_data);

/* ------------------------------------------------------------------------------------------ */
/* Counters                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** @return the number of live allocations of every kind (objects, strings and buffers). */
int32_t bf_live_objects(void);

/**
 * @param kind the allocation kind to count
 * @return the number of live allocations of that kind, or -1 for an unknown kind
 */
int32_t bf_live_of_kind(bf_kind kind);

/** @return how many allocations were freed correctly since the last bf_reset_counters(). */
int64_t bf_total_frees(void);

/** @return how many frees hit an allocation that was already freed. */
int32_t bf_double_frees(void);

/** @return how many frees hit a pointer the library never handed out, or one of another kind. */
int32_t bf_bad_frees(void);

/** @return how many parents were destroyed while children lived, or children after their parent. */
int32_t bf_order_errors(void);

/** @return how many calls on a bf_affine came from a thread other than its creator. */
int32_t bf_thread_errors(void);

/** @return how many calls entered a bf_exclusive while another call was inside it. */
int32_t bf_concurrency_errors(void);

/** @return how many non-null parameters received NULL. */
int32_t bf_null_errors(void);

/** @return how many calls used an object that was already destroyed (use after free). */
int32_t bf_stale_uses(void);

/**
 * Resets the error counters and the free count. Live counts are facts about the registry and are
 * not reset.
 */
void bf_reset_counters(void);

/* ------------------------------------------------------------------------------------------ */
/* Memory, errors, versions                                                                   */
/* ------------------------------------------------------------------------------------------ */

/**
 * Frees a string returned by the library (bf_object_describe(), bf_string_duplicate() ...).
 * NULL is ignored. Freeing anything else is counted by bf_bad_frees().
 * @param ptr the string to free, or NULL
 */
void bf_free(void *ptr);

/**
 * The message of the last error on the calling thread, set by functions that return a status
 * without a handle (bf_divide()).
 * @return a borrowed thread-local string, valid until the next failing call on this thread; never NULL
 */
const char *bf_last_error(void);

/**
 * A fixed description of a status code.
 * @param code a status returned by the library
 * @return a static string, never NULL, never freed
 */
const char *bf_strerror(int32_t code);

/** @return the library version, a static string; never NULL, never freed. */
const char *bf_version(void);

/**
 * Checks that the caller was built against this ABI.
 * @param expected_abi the caller's BF_ABI_VERSION
 * @return BF_OK when it matches, else BF_ERR_RANGE
 */
int32_t bf_abi_check(int32_t expected_abi);

/** Prints the registry to stderr. For debugging the fixture itself. */
void bf_debug_dump(void);

/* ------------------------------------------------------------------------------------------ */
/* bf_object: owned handle, strings, borrowed views, forever callback                         */
/* ------------------------------------------------------------------------------------------ */

/**
 * Creates an object.
 * @param value the object's initial value
 * @return a new object; the caller owns it and frees it with bf_object_destroy()
 */
bf_object *bf_object_create(int32_t value);

/**
 * Creates an object through an out parameter.
 * @param value the object's initial value; negative values fail with BF_ERR_RANGE
 * @param out receives the new object (owned by the caller), or NULL on failure
 * @return BF_OK or BF_ERR_RANGE (message in bf_last_error())
 */
int32_t bf_object_create_checked(int32_t value, bf_object **out);

/**
 * Creates an object, or returns NULL for a negative value.
 * @param value the object's initial value
 * @return a new owned object, or NULL when value is negative
 */
bf_object *bf_object_try_create(int32_t value);

/**
 * Destroys an object, its name and data buffers, and forgets its callback.
 * @param obj the object to destroy
 */
void bf_object_destroy(bf_object *obj);

/**
 * @param obj the object
 * @return the object's value
 */
int32_t bf_object_get_value(const bf_object *obj);

/**
 * @param obj the object
 * @return its registry id (new in version 2)
 */
int64_t bf_object_get_id(const bf_object *obj);

/**
 * @param obj the object
 * @param value the new value
 */
void bf_object_set_value(bf_object *obj, int32_t value);

/**
 * Takes ownership of an object: reads its value and destroys it.
 * @param obj the object; the caller must not use or free it afterwards
 * @return the object's value
 */
int32_t bf_object_consume(bf_object *obj);

/**
 * Fails on request, for testing error mapping.
 * @param obj the object; its error message is set
 * @param code the status to return; 0 succeeds
 * @return code
 */
int32_t bf_object_fail(bf_object *obj, int32_t code);

/**
 * @param obj the object
 * @return the message of the object's last error, borrowed, valid until the next call on obj; never NULL
 */
const char *bf_object_errmsg(const bf_object *obj);

/**
 * Describes the object as text such as "object(42)".
 * @param obj the object
 * @return a new string the caller frees with bf_free()
 */
char *bf_object_describe(const bf_object *obj);

/**
 * Describes the object through an out parameter.
 * @param obj the object
 * @param out receives a new string the caller frees with bf_free()
 * @return BF_OK
 */
int32_t bf_object_describe_out(const bf_object *obj, char **out);

/**
 * @param obj the object
 * @return the name, borrowed: valid until bf_object_set_name() or bf_object_destroy(); NULL when unnamed
 */
const char *bf_object_get_name(const bf_object *obj);

/**
 * Replaces the name; the previous name's memory is freed.
 * @param obj the object
 * @param name a UTF-8 name to copy, or NULL to clear it
 * @return BF_OK
 */
int32_t bf_object_set_name(bf_object *obj, const char *name);

/**
 * @param obj the object
 * @return the data bytes, borrowed: valid until bf_object_set_data() or bf_object_destroy(); NULL when empty
 */
const uint8_t *bf_object_get_data(const bf_object *obj);

/**
 * @param obj the object
 * @return the number of bytes bf_object_get_data() points to
 */
size_t bf_object_get_data_length(const bf_object *obj);

/**
 * Replaces the data with a copy of the given bytes; the previous buffer is freed.
 * @param obj the object
 * @param data the bytes to copy; may be NULL when length is 0
 * @param length the number of bytes
 * @return BF_OK
 */
int32_t bf_object_set_data(bf_object *obj, const uint8_t *data, size_t length);

/**
 * @param obj the object
 * @param point the point to store
 */
void bf_object_set_point(bf_object *obj, const bf_point *point);

/**
 * @param obj the object
 * @param out caller-allocated storage that receives the stored point
 */
void bf_object_get_point(const bf_object *obj, bf_point *out);

/**
 * Stores a callback on the object; it may be called by bf_object_fire() until the object is destroyed.
 * A later call replaces it (the earlier one is no longer called).
 * @param obj the object
 * @param callback the callback, or NULL to remove it
 * @param user_data passed to the callback
 */
void bf_object_set_callback(bf_object *obj, bf_int_callback callback, void *user_data);

/**
 * Calls the object's stored callback.
 * @param obj the object
 * @param value passed to the callback
 * @return the callback's result, or -1 when no callback is set
 */
int32_t bf_object_fire(bf_object *obj, int32_t value);

/* ------------------------------------------------------------------------------------------ */
/* bf_parent and bf_child: parent keep-alive                                                  */
/* ------------------------------------------------------------------------------------------ */

/** @return a new parent the caller frees with bf_parent_destroy() after all its children */
bf_parent *bf_parent_create(void);

/**
 * Destroys a parent. Destroying it while children live is counted by bf_order_errors().
 * Drops the parent's reference on its shared bf_refobj.
 * @param parent the parent
 */
void bf_parent_destroy(bf_parent *parent);

/**
 * @param parent the parent
 * @return the number of live children
 */
int32_t bf_parent_child_count(const bf_parent *parent);

/**
 * Creates a child.
 * @param parent the parent; it must outlive the child
 * @param value the child's value
 * @return a new child the caller frees with bf_child_destroy()
 */
bf_child *bf_child_create(bf_parent *parent, int32_t value);

/**
 * Creates a child through an out parameter.
 * @param parent the parent; it must outlive the child
 * @param value the child's value; negative values fail with BF_ERR_RANGE
 * @param out receives the new child, or NULL on failure
 * @return BF_OK or BF_ERR_RANGE
 */
int32_t bf_parent_add_child(bf_parent *parent, int32_t value, bf_child **out);

/**
 * Destroys a child. Destroying it after its parent is counted by bf_order_errors().
 * @param child the child
 */
void bf_child_destroy(bf_child *child);

/**
 * @param child the child
 * @return the child's value
 */
int32_t bf_child_get_value(const bf_child *child);

/**
 * @param child the child
 * @return the child's parent, borrowed
 */
bf_parent *bf_child_get_parent(const bf_child *child);

/**
 * The parent's shared reference-counted object, created on first use. The parent holds one
 * reference and drops it when destroyed.
 * @param parent the parent
 * @return a borrowed pointer; call bf_refobj_ref() to keep it beyond the parent
 */
bf_refobj *bf_parent_get_shared(bf_parent *parent);

/* ------------------------------------------------------------------------------------------ */
/* bf_refobj: reference counting                                                              */
/* ------------------------------------------------------------------------------------------ */

/**
 * @param value the object's value
 * @return a new object with one reference, owned by the caller
 */
bf_refobj *bf_refobj_create(int32_t value);

/**
 * Adds a reference.
 * @param obj the object
 * @return obj
 */
bf_refobj *bf_refobj_ref(bf_refobj *obj);

/**
 * Drops a reference; the last one frees the object. Unreferencing a freed object is a double free.
 * @param obj the object
 */
void bf_refobj_unref(bf_refobj *obj);

/**
 * @param obj the object
 * @return the current reference count
 */
int32_t bf_refobj_refcount(const bf_refobj *obj);

/**
 * @param obj the object
 * @return the object's value
 */
int32_t bf_refobj_get_value(const bf_refobj *obj);

/* ------------------------------------------------------------------------------------------ */
/* bf_affine and bf_exclusive: threading rules                                                */
/* ------------------------------------------------------------------------------------------ */

/** @return a new object bound to the calling thread; destroy it on that thread */
bf_affine *bf_affine_create(void);

/**
 * Uses the object. A call from another thread than the creator is counted by bf_thread_errors().
 * @param obj the object
 * @return the number of uses so far
 */
int32_t bf_affine_use(bf_affine *obj);

/**
 * Destroys the object. Destroying it from another thread is counted by bf_thread_errors().
 * @param obj the object
 */
void bf_affine_destroy(bf_affine *obj);

/** @return a new object that any thread may use, one at a time */
bf_exclusive *bf_exclusive_create(void);

/**
 * Uses the object, staying inside for spin_us microseconds to widen any race. Entering while
 * another call is inside is counted by bf_concurrency_errors().
 * @param obj the object
 * @param spin_us microseconds to stay inside; 0 for none
 * @return the number of uses so far
 */
int32_t bf_exclusive_use(bf_exclusive *obj, int32_t spin_us);

/**
 * Destroys the object; destroying it while a call is inside is a concurrency error.
 * @param obj the object
 */
void bf_exclusive_destroy(bf_exclusive *obj);

/* ------------------------------------------------------------------------------------------ */
/* Callbacks, one function per scope                                                          */
/* ------------------------------------------------------------------------------------------ */

/**
 * Calls the callback once per value, during this call only (scope: call).
 * @param values the values
 * @param count the number of values
 * @param callback called with each value and user_data
 * @param user_data passed to the callback
 * @return the sum of the results, or the first negative result (which stops the loop)
 */
int32_t bf_call_each(const int32_t *values, size_t count, bf_int_callback callback, void *user_data);

/**
 * Stores the callback; bf_run_pending() calls it exactly once later (scope: async).
 * @param callback the callback
 * @param user_data passed to the callback
 * @param value passed to the callback
 */
void bf_call_later(bf_int_callback callback, void *user_data, int32_t value);

/**
 * Calls every stored async callback once and forgets it.
 * @return the number of callbacks called
 */
int32_t bf_run_pending(void);

/** @return the number of stored async callbacks */
int32_t bf_pending_count(void);

/**
 * Installs the process-wide watcher (scope: notified). A previous watcher's destroy runs first.
 * @param callback the callback
 * @param user_data passed to callback and destroy
 * @param destroy called once with user_data when the watcher is replaced or removed; may be NULL
 * @return BF_OK
 */
int32_t bf_watch(bf_int_callback callback, void *user_data, bf_destroy_notify destroy);

/**
 * Calls the watcher.
 * @param value passed to the watcher
 * @return the watcher's result, or -1 when none is installed
 */
int32_t bf_watch_fire(int32_t value);

/** Removes the watcher, running its destroy function. */
void bf_unwatch(void);

/* ------------------------------------------------------------------------------------------ */
/* Spans, lengths, scalars                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * Adds two numbers; never blocks and never calls back.
 * @param a first operand
 * @param b second operand
 * @return a + b
 */
int32_t bf_add(int32_t a, int32_t b);

/**
 * Sleeps.
 * @param ms milliseconds to sleep
 */
void bf_sleep_ms(uint32_t ms);

/**
 * @param values the values to add
 * @param count the number of values
 * @return their sum
 */
int64_t bf_sum_ints(const int32_t *values, size_t count);

/**
 * Fills a buffer.
 * @param buffer the buffer to fill
 * @param length its length in bytes
 * @param value the byte to store
 */
void bf_fill_bytes(uint8_t *buffer, size_t length, uint8_t value);

/**
 * Adds one to every element.
 * @param values the values to update in place
 * @param count the number of values
 * @return the number of values updated
 */
size_t bf_increment_all(int32_t *values, size_t count);

/**
 * Doubles a value in place.
 * @param value the value to read and overwrite
 */
void bf_double_in_place(int32_t *value);

/**
 * @param values exactly BF_FIXED_COUNT values
 * @return their sum
 */
int32_t bf_sum_fixed4(const int32_t *values);

/**
 * @param values values terminated by a zero element
 * @return their sum
 */
int32_t bf_sum_zero_terminated(const int32_t *values);

/**
 * FNV-1a hash of a block of memory.
 * @param data the bytes; may be NULL when size is 0
 * @param size the number of bytes
 * @return the hash
 */
uint64_t bf_hash_bytes(const void *data, size_t size);

/**
 * Divides.
 * @param a dividend
 * @param b divisor; 0 fails with BF_ERR_DIVIDE_BY_ZERO (message in bf_last_error())
 * @param quotient receives a / b
 * @return BF_OK or BF_ERR_DIVIDE_BY_ZERO
 */
int32_t bf_divide(int32_t a, int32_t b, int32_t *quotient);

/**
 * Fails with errno set, like a POSIX call.
 * @param err the errno value to set; 0 succeeds
 * @return 0 when err is 0, else BF_ERR_ERRNO (-1)
 */
int32_t bf_fail_errno(int32_t err);

/* ------------------------------------------------------------------------------------------ */
/* Strings                                                                                    */
/* ------------------------------------------------------------------------------------------ */

/**
 * @param text a NUL-terminated UTF-8 string; must not be NULL (NULL is counted by bf_null_errors())
 * @return its length in bytes, or 0 for NULL
 */
size_t bf_utf8_length(const char *text);

/**
 * @param text a NUL-terminated UTF-8 string, or NULL
 * @return its length in bytes, or -1 for NULL
 */
int32_t bf_length_or_minus_one(const char *text);

/**
 * @param text a NUL-terminated UTF-8 string
 * @return a copy the caller frees with bf_free()
 */
char *bf_string_duplicate(const char *text);

/**
 * @param text a NUL-terminated string
 * @return a pointer into text after its leading spaces (borrowed from text)
 */
const char *bf_skip_spaces(const char *text);

/**
 * Splits off the first space-separated word.
 * @param text a NUL-terminated string
 * @param rest receives a pointer into text after the word and its following spaces (borrowed from text); may be NULL
 * @return the length of the first word in bytes
 */
int32_t bf_split_word(const char *text, const char **rest);

/**
 * @param text a NUL-terminated ASCII string
 * @return the number of uppercase letters
 */
int32_t bf_ascii_count_upper(const char *text);

/**
 * @param text a UTF-16 string terminated by a zero code unit
 * @return its length in code units
 */
size_t bf_utf16_units(const uint16_t *text);

/* ------------------------------------------------------------------------------------------ */
/* bf_accumulator: a caller-allocated struct with init and cleanup                            */
/* ------------------------------------------------------------------------------------------ */

/**
 * Initialises an accumulator in caller-allocated memory.
 * @param acc the accumulator to initialise
 * @param start the initial total; negative values fail with BF_ERR_RANGE and allocate nothing
 * @return BF_OK or BF_ERR_RANGE
 */
int32_t bf_accumulator_init(bf_accumulator *acc, int32_t start);

/**
 * @param acc an initialised accumulator
 * @param value the value to add
 * @return BF_OK
 */
int32_t bf_accumulator_add(bf_accumulator *acc, int32_t value);

/**
 * Frees the accumulator's internal state; the memory of acc itself stays the caller's.
 * Ending an accumulator twice is a double free.
 * @param acc an initialised accumulator
 */
void bf_accumulator_end(bf_accumulator *acc);

/* ------------------------------------------------------------------------------------------ */
/* Fault injection: failing allocations                                                       */
/* ------------------------------------------------------------------------------------------ */

/**
 * Makes the n-th fallible allocation from now fail (1: the next one); 0 turns failures off. Fallible
 * allocations are those of bf_conn, bf_cursor and their results, which report BF_ERR_NOMEM instead
 * of aborting. The countdown is process-wide.
 * @param n which allocation fails, counted from now; 0 for none
 */
void bf_fail_allocation(int64_t n);

/** @return how many fallible allocations were attempted since the library was loaded. */
int64_t bf_allocation_count(void);

/* ------------------------------------------------------------------------------------------ */
/* bf_conn: a free-threaded connection whose last error lives on the connection (like sqlite3) */
/* ------------------------------------------------------------------------------------------ */

/**
 * A connection: thread-safe, serialised by its own recursive mutex. Every call that can fail
 * stores its code and message on the connection, replacing the previous call's, so a caller on
 * another thread may read a message that is not its own unless it holds bf_conn_mutex() across
 * the call and the read.
 */
typedef struct bf_conn bf_conn;
/** A connection's recursive mutex (bf_conn_mutex()). */
typedef struct bf_mutex bf_mutex;
/** A cursor on a connection: exclusive; its failures are stored on the connection. */
typedef struct bf_cursor bf_cursor;

/**
 * Opens a connection.
 * @param name the connection's name (copied)
 * @param out receives the connection; NULL when the connection could not be allocated
 * @return BF_OK, or BF_ERR_NOMEM (then *out is NULL: there is no connection to ask for a message)
 */
int32_t bf_conn_open(const char *name, bf_conn **out);

/**
 * Closes a connection. Its cursors must be closed first.
 * @param conn the connection
 */
void bf_conn_close(bf_conn *conn);

/**
 * @param conn a connection
 * @return the message of the connection's last failing or succeeding call ("not an error" after success); borrowed, valid until the next call on the connection
 */
const char *bf_conn_errmsg(bf_conn *conn);

/**
 * @param conn a connection
 * @return the code of the connection's last call
 */
int32_t bf_conn_errcode(bf_conn *conn);

/**
 * @param conn a connection
 * @return the connection's recursive mutex; never NULL
 */
bf_mutex *bf_conn_mutex(bf_conn *conn);

/**
 * Locks a connection mutex (recursively).
 * @param mutex the mutex
 */
void bf_mutex_enter(bf_mutex *mutex);

/**
 * Unlocks a connection mutex.
 * @param mutex the mutex
 */
void bf_mutex_leave(bf_mutex *mutex);

/**
 * Runs call number call_id, which fails with code unless code is BF_OK, and stores "call <id>
 * failed with code <code>" (or "not an error") on the connection. Allocates a scratch buffer, so
 * it can also fail with BF_ERR_NOMEM.
 * @param conn the connection
 * @param call_id a number that identifies the call in its message
 * @param code the code to fail with, or BF_OK
 * @return code, or BF_ERR_NOMEM
 */
int32_t bf_conn_exec(bf_conn *conn, int32_t call_id, int32_t code);

/**
 * Describes the connection.
 * @param conn the connection
 * @return a new string, freed with bf_free(); returns NULL on error (out of memory)
 */
char *bf_conn_describe(bf_conn *conn);

/**
 * The label of an entry, converted on demand.
 * @param conn the connection
 * @param id the entry; negative ids have no label
 * @return a borrowed string valid until the next bf_conn_label(); NULL for a negative id, and NULL when out of memory (then bf_conn_errcode() says BF_ERR_NOMEM)
 */
const char *bf_conn_label(bf_conn *conn, int32_t id);

/**
 * Opens a cursor on a connection.
 * @param conn the connection
 * @param out receives the cursor, or NULL on failure
 * @return BF_OK or BF_ERR_NOMEM
 */
int32_t bf_cursor_open(bf_conn *conn, bf_cursor **out);

/**
 * Closes a cursor.
 * @param cursor the cursor
 */
void bf_cursor_close(bf_cursor *cursor);

/**
 * Steps a cursor: it becomes active and stays active until bf_cursor_reset(), even when the step
 * fails. The step's code and message are stored on the connection.
 * @param cursor the cursor
 * @param code the code to fail with, or BF_OK
 * @return code, or BF_ERR_NOMEM
 */
int32_t bf_cursor_step(bf_cursor *cursor, int32_t code);

/**
 * Resets a cursor: it is no longer active. Stores "cursor reset" on the connection.
 * @param cursor the cursor
 * @return BF_OK
 */
int32_t bf_cursor_reset(bf_cursor *cursor);

/**
 * @param cursor the cursor
 * @return 1 while the cursor is active (stepped and not reset), else 0
 */
int32_t bf_cursor_is_active(bf_cursor *cursor);

/**
 * @param conn the connection
 * @return how many of its cursors are active
 */
int32_t bf_conn_active_cursors(bf_conn *conn);

#ifdef __cplusplus
}
#endif

#endif /* BF_FIXTURE_H */
