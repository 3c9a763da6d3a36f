/* Enums: typedef names, signed and 64-bit values, packed enums, anonymous enums, enums in signatures. */

/** Colors, named by a typedef of a tagless enum. */
typedef enum {
    E_RED,      /**< The first color. */
    E_GREEN = 5,
    E_BLUE
} e_color;

/** Signed values. */
enum e_sign {
    E_NEGATIVE = -1,
    E_ZERO,
    E_POSITIVE
};

enum e_big {
    E_BIG = 0xFFFFFFFFFFFFFFFFULL
};

enum e_wide {
    E_WIDE_LOW = -0x100000000LL,
    E_WIDE_HIGH = 0x100000000LL
};

enum __attribute__((packed)) e_small {
    E_SMALL_A,
    E_SMALL_B = 200
};

/* Anonymous: the members are plain constants. */
enum {
    E_LIMIT = 64,
    E_OTHER_LIMIT = 128
};

enum object {
    checked,
    params
};

e_color e_next(e_color color, enum e_sign sign, enum e_small small, enum object object);

struct e_holder {
    e_color color;
    enum e_small small;
    enum e_big big;
};

void e_hold(struct e_holder *holder);
