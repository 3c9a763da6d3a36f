/*
 * everything.h: one header that uses every C construct BindingForge reads.
 * Pure declarations; everything.c implements each function (build it as a shared library).
 * The parser tests (tests/BindingForge.Clang.Tests) assert each construct; golden tests reuse the header.
 * Nullability and ownership attributes are clang's; everything.c defines them away for gcc.
 */
#ifndef EVERYTHING_H
#define EVERYTHING_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Macros ---------------------------------------------------------------------------------------- */

#define EV_API extern
#define EV_EMPTY
#define EV_TWICE(x) ((x) * 2)

#define EV_INT 42 /**< An int. */
#define EV_NEGATIVE (-42)
#define EV_UNSIGNED 42u
#define EV_LONG 42L
#define EV_ULONG 42UL
#define EV_LONGLONG (1LL << 40)
#define EV_ULLONG_MAX 0xFFFFFFFFFFFFFFFFULL
#define EV_HEX 0xFF
#define EV_CHAR 'A'
#define EV_EXPR (EV_INT * 2 + 1)
#define EV_FLOAT 1.5f
#define EV_DOUBLE 3.25
/** The library's name. */
#define EV_STRING "everything"
#define EV_UTF8 "héllo"
#define EV_NULL ((void *)0)
#define EV_SENTINEL ((ev_callback)-1)
#define EV_VERSION_CALL ev_version()

/* ---- Typedefs and opaque types ---------------------------------------------------------------------- */

/** A plain integer typedef. */
typedef int ev_int;
typedef unsigned char ev_byte;
typedef const char *ev_cstr;

/** An opaque handle: the header never defines struct ev_handle. */
typedef struct ev_handle ev_handle;

/** Called for each event; returns non-zero to stop. */
typedef int (*ev_callback)(void *user, int value);

/* A variadic logger. */
typedef void (*ev_log_fn)(const char *fmt, ...);

/* ---- Enums ------------------------------------------------------------------------------------------ */

/// Colors, a typedef of a tagless enum.
typedef enum {
    EV_RED,        ///< First color.
    EV_GREEN = 5,  /* Plain trailing comment. */
    EV_BLUE
} ev_color;

enum ev_signed {
    EV_NEG = -1,
    EV_ZERO = 0,
    EV_POS = 1
};

enum ev_big {
    EV_BIG_MAX = 0xFFFFFFFFFFFFFFFF
};

enum ev_wide {
    EV_WIDE_NEG = -0x100000000LL,
    EV_WIDE_POS = 0x100000000LL
};

enum ev_flags {
    EV_FLAG_A = 1 << 0,
    EV_FLAG_B = 1 << 1,
    EV_FLAG_ALL = EV_FLAG_A | EV_FLAG_B
};

/* Packed: the underlying type is unsigned char (gnu11 has no "enum : unsigned char"). */
enum __attribute__((packed)) ev_small {
    EV_SMALL_A,
    EV_SMALL_B = 200
};

enum {
    EV_ANON_ONE = 1,
    EV_ANON_TWO = 2
};

/* ---- Records ---------------------------------------------------------------------------------------- */

/** A point, from a tagless struct. */
typedef struct {
    int x;
    int y;
} ev_point;

/** A 2x2 matrix: a tagged struct with a typedef and a 2-D array. */
typedef struct ev_matrix {
    double m[2][2];
} ev_matrix;

/** A value of several types. */
union ev_value {
    int i;
    double d;
    char bytes[8];
    void *p;
};

/** A record with every kind of member. */
struct ev_record {
    int id;                      /**< The identifier. */
    unsigned int flags : 3;      /* Three flag bits. */
    unsigned int mode : 5;
    signed int delta : 4;
    union {
        int as_int;
        float as_float;
    };
    struct {
        short lo;
        short hi;
    };
    struct {
        int a;
        int b;
    } pair;
    char name[16];
    int grid[3][4];
    ev_point points[2];
    ev_callback on_event;
    void (*on_close)(struct ev_record *self);
    const char *label;
    ev_handle *handle;
    ev_color color;
    enum ev_small size_class;
    union ev_value value;
    struct ev_record *next;
};

/** Nesting: struct ev_inner is declared inside struct ev_outer. */
struct ev_outer {
    struct ev_inner {
        int q;
    } inner;
    long tail;
};

/** A flexible array member. */
struct ev_buffer {
    size_t length;
    unsigned char data[];
};

/* ---- Functions -------------------------------------------------------------------------------------- */

/** Returns the library version, 100 * major + minor. */
int ev_version(void);

/**
 * \brief Adds two numbers.
 * \param[in] a the first number
 * \param[in] b the second number
 * \return the sum of a and b
 */
EV_API int ev_add(int a, int b);

/** Sums count ints given after it. */
EV_API int ev_sum(int count, ...);

/* Unnamed parameters: the second one is a string. */
int ev_unnamed(int, const char *);

/** An explicit calling convention (the platform's own on x86-64). */
int __attribute__((sysv_abi)) ev_sysv(int x);

/**
 * Allocates size bytes.
 * @param size how many bytes
 * @returns the memory, to free with ev_free
 */
void *ev_alloc(size_t size) __attribute__((malloc)) __attribute__((warn_unused_result)) __attribute__((ownership_returns(malloc)));

/* Frees what ev_alloc returned. */
void ev_free(void *p) __attribute__((ownership_takes(malloc, 1)));

__attribute__((deprecated("use ev_add"))) int ev_old_add(int a, int b);

/** Length of a string that must not be null. */
size_t ev_strlen(const char *_Nonnull s) __attribute__((nonnull(1)));

/** A name for an id, or null. */
const char *_Nullable ev_name(int id);

/**
 * Opens a handle.
 * \param[in] name the handle's name
 * \param[out] out receives the handle
 * \return 0 on success
 */
int ev_open(const char *name, ev_handle **out);

/** Closes a handle; null is ignored. */
void ev_close(ev_handle *_Nullable handle);

/** \param[in,out] p the point to move */
void ev_point_move(ev_point *p, int dx, int dy);

ev_point ev_point_make(int x, int y);
int ev_point_sum(const ev_point *p);
double ev_matrix_trace(const ev_matrix *m);

int ev_apply(ev_callback callback, void *user);
int ev_apply_inline(int (*fn)(int, int), int a, int b);
ev_callback ev_default_callback(void);
void ev_set_logger(ev_log_fn logger);

double ev_scale(float f, double d);
long ev_long(long v);
unsigned long long ev_ull(unsigned long long v);
int64_t ev_i64(int64_t v);
_Bool ev_is_even(int v);
ev_color ev_next_color(ev_color c);
enum ev_signed ev_sign(int v);
size_t ev_fill(ev_byte *buffer, size_t length, ev_byte value);
union ev_value ev_value_of_int(int i);
int ev_record_init(struct ev_record *record, int id);

extern int ev_counter;

#ifdef __cplusplus
}
#endif

#endif /* EVERYTHING_H */
