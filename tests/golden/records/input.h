/* Structs and unions: padding, packing, unions, bitfields, anonymous members, arrays, opaque types. */
#include <stddef.h>

/** Natural padding between a char and a double. */
struct r_padded {
    char c;
    double d;
    short s;
};

/** Packed: no padding at all. */
struct __attribute__((packed)) r_packed {
    char c;
    int i;
    double d;
};

/** A union of differently sized members. */
union r_number {
    int i;
    double d;
    unsigned char raw[12];
};

/** Bitfields sharing one unsigned int, a signed one, and a bool. */
struct r_bits {
    unsigned int ready : 1;
    unsigned int mode : 3;
    int level : 4;
    _Bool on : 1;
    unsigned int : 0;
    unsigned int next_word : 7;
};

/** A bitfield whose declared unit overlaps the char after it. */
struct r_bits_tight {
    unsigned int low : 3;
    char after;
};

/** Anonymous union and struct members, and a named field of a tagless struct. */
struct r_variant {
    int kind;
    union {
        int as_int;
        float as_float;
        struct {
            short lo;
            short hi;
        };
    };
    struct {
        int x;
        int y;
    } position;
};

/** Fixed arrays: bytes, a 2-D array, pointers, records. */
struct r_arrays {
    char name[16];
    int grid[2][3];
    const char *labels[4];
    struct r_padded items[2];
};

/** A flexible array member. */
struct r_message {
    size_t length;
    char text[];
};

/** Over-aligned: C# cannot align a struct to 32 bytes. */
struct r_aligned {
    int value;
} __attribute__((aligned(32)));

/** Opaque. */
typedef struct r_handle r_handle;

struct r_node {
    struct r_node *next;
    r_handle *owner;
    long counter;
};

int r_use(struct r_padded padded, struct r_packed *packed, union r_number number, struct r_bits *bits,
          struct r_bits_tight *tight, struct r_variant *variant, struct r_arrays *arrays, struct r_message *message,
          struct r_aligned *aligned, struct r_node *node);
