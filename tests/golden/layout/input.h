/* Record layouts C# needs help with: flexible and zero-length arrays, bitfields that share bytes with other fields,
   empty records, over-aligned records. */
#include <stdint.h>

/** A flexible array of doubles after an int: the array starts at 8, the size is 8. */
struct l_samples {
    int count;
    /** The samples, count of them. */
    double values[];
};

/** A GNU zero-length array: it starts at 4, inside nothing. */
struct l_packet {
    int length;
    char data[0];
};

/** A flexible array whose offset (9) is less than the struct's size (16). */
struct l_tail {
    double scale;
    char tag;
    char bytes[];
};

struct l_point {
    int x;
    int y;
};

/** A flexible array of structs and one of pointers. */
struct l_points {
    short count;
    struct l_point points[];
};

struct l_names {
    int count;
    const char *names[];
};

/** Empty in C (a GNU extension): size 0. */
struct l_empty {};

/** An empty member takes no bytes in C: b is at 4, where e is. */
struct l_holder {
    int a;
    struct l_empty e;
    int b;
};

/** Only a zero-length array: size 0, alignment 4. */
struct l_only {
    int items[0];
};

/** Packed bitfields that straddle bytes and share one with the char before them. */
struct __attribute__((packed)) l_flags {
    char kind;
    unsigned a : 3;
    unsigned b : 13;
    unsigned c : 20;
    int d : 7;
};

/** A network header: a 4-bit version and a 4-bit header length in one byte, then 16-bit fields, packed. */
struct __attribute__((packed)) l_header {
    uint8_t version : 4;
    uint8_t ihl : 4;
    uint8_t tos;
    uint16_t total_length;
    uint16_t fragment_offset : 13;
    uint16_t flags : 3;
    uint8_t ttl;
    uint64_t wide : 60;
    int64_t signed_wide : 60;
};

/** Aligned to 16 by an attribute. */
struct __attribute__((aligned(16))) l_aligned16 {
    int value;
};

/** Aligned to 64 by a member's _Alignas. */
struct l_aligned64 {
    _Alignas(64) char line[10];
    int after;
};

int l_use(struct l_samples *samples, struct l_packet *packet, struct l_tail *tail, struct l_points *points,
          struct l_names *names, struct l_empty *empty, struct l_holder *holder, struct l_only *only,
          struct l_flags *flags, struct l_header *header, struct l_aligned16 *a16, struct l_aligned64 *a64);
