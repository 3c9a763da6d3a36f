/* Handles: owned, parent, consumed release, reference counted, borrowed-only, thread-affine. */
#define DB_OK 0
#define DB_ROW 100
#define DB_DONE 101

/** A database connection. */
typedef struct db db;
/** A prepared statement; it keeps its connection alive. */
typedef struct stmt stmt;
/** A reference-counted value. */
typedef struct ref ref;
/** A view into a connection; never freed by the caller. */
typedef struct view view;
/** A window that must stay on its thread. */
typedef struct gui gui;

/**
 * Opens a connection.
 * @param path where the database lives
 * @param out receives the connection
 * @return DB_OK or an error code
 */
int db_open(const char *path, db **out);
/**
 * Closes a connection.
 * @param d the connection
 * @return DB_OK
 */
int db_close(db *d);
/**
 * @param d the connection
 * @return the last error message
 */
const char *db_errmsg(db *d);
/**
 * Sets how long to wait for a lock.
 * @param d the connection
 * @param ms milliseconds
 * @return DB_OK
 */
int db_busy_timeout(db *d, int ms);
/**
 * @param d the connection
 * @return the number of changes
 */
long long db_changes(db *d);
int db_prepare(db *d, const char *sql, int len, stmt **out);
int db_step(stmt *s);
int db_finalize(stmt *s);
int db_column_int(stmt *s, int col);
const char *db_column_text(stmt *s, int col);
int db_column_bytes(stmt *s, int col);
const void *db_column_blob(stmt *s, int col);
stmt *db_next_stmt(db *d, stmt *after);
ref *ref_new(int value);
ref *ref_retain(ref *r);
void ref_release(ref *r);
int ref_value(const ref *r);
ref *db_shared(db *d);
view *db_view(db *d);
int view_size(const view *v);
gui *gui_create(void);
void gui_destroy(gui *g);
_Bool gui_show(gui *g, _Bool visible);
