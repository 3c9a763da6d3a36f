/* The error state of a handle: a message, a code, a lock; NULL that may mean failure; recovery; two parents. */
#define KV_OK 0
#define KV_BUSY 5
#define KV_NOMEM 7

/** A store; its last error lives on it. */
typedef struct kv kv;
/** A cursor over a store. */
typedef struct kv_cursor kv_cursor;
/** A copy from one store to another. */
typedef struct kv_copy kv_copy;
/** The store's lock. */
typedef struct kv_lock kv_lock;

/**
 * @param out receives the store, or NULL when out of memory
 * @return KV_OK or KV_NOMEM
 */
int kv_open(kv **out);
/** @param s the store */
void kv_close(kv *s);
/** @return the message of the store's last call */
const char *kv_errmsg(kv *s);
/** @return the code of the store's last call */
int kv_errcode(kv *s);
/** @return a static description of a code */
const char *kv_errstr(int code);
/** @return the store's recursive lock */
kv_lock *kv_lock_of(kv *s);
/** @param l the lock */
void kv_lock_enter(kv_lock *l);
/** @param l the lock */
void kv_lock_leave(kv_lock *l);
/** @return KV_OK or an error */
int kv_put(kv *s, int key, int value);
/** @return the value's text, NULL when the key has none, NULL when out of memory */
const char *kv_text(kv *s, int key);
/** @return a new dump (free with kv_free), NULL only when out of memory */
char *kv_dump(kv *s);
/** @param p what kv_dump returned */
void kv_free(void *p);
/** @return KV_OK or an error */
int kv_cursor_open(kv *s, kv_cursor **out);
/** @param c the cursor */
void kv_cursor_close(kv_cursor *c);
/** @return KV_OK or an error; a failed cursor needs kv_cursor_reset */
int kv_cursor_next(kv_cursor *c);
/** @return KV_OK */
int kv_cursor_reset(kv_cursor *c);
/** @return a copy that keeps both stores alive, or NULL (the error is on dest) */
kv_copy *kv_copy_start(kv *dest, kv *src);
/** @return KV_OK or an error */
int kv_copy_step(kv_copy *c);
/** @param c the copy */
void kv_copy_finish(kv_copy *c);
