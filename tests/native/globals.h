/* Variables the library exports, of every shape a thin binding reads and writes in place: a counter the library
 * bumps, a const limit, a string of unknown length, a settable string pointer, a struct, a fixed array, a function
 * pointer the library calls and the caller may replace, and an array of unknown length. */
#ifndef BF_GLOBALS_H
#define BF_GLOBALS_H

/** How many times bf_globals_touch has run. */
extern int bf_g_counter;

/** The largest count bf_globals_touch accepts. */
extern const int bf_g_limit;

/** The fixture's version string. */
extern const char bf_g_version[];

/** A folder for temporary files; NULL until the caller sets one. */
extern char *bf_g_temp_directory;

typedef struct bf_g_point {
    int x;
    int y;
} bf_g_point;

/** The origin; bf_globals_touch moves it by (1, 2). */
extern bf_g_point bf_g_origin;

/** Four slots; bf_globals_sum adds them. */
extern int bf_g_table[4];

/** Frees what bf_globals_strdup returns; the caller may install its own and count the calls. */
extern void (*bf_g_free_hook)(void *memory);

/** Samples; as many as bf_g_sample_count says. */
extern double bf_g_samples[];

/** How many values bf_g_samples holds. */
extern int bf_g_sample_count;

/* A handle declared as a typedef of void, as some libraries declare theirs (typedef void CURL;). */
typedef void bf_g_box;

/** A new box holding value; free it with bf_g_box_close. */
bf_g_box *bf_g_box_open(int value);

/** The box's value. */
int bf_g_box_value(bf_g_box *box);

/** Frees the box. */
void bf_g_box_close(bf_g_box *box);

/** How many boxes are open. */
int bf_g_boxes_open(void);

/** Bumps bf_g_counter and moves bf_g_origin; returns the new count. */
int bf_globals_touch(void);

/** The sum of bf_g_table. */
int bf_globals_sum(void);

/** The length of bf_g_temp_directory, or -1 when it is NULL. */
int bf_globals_temp_length(void);

/** Copies text into a new block and frees it at once through bf_g_free_hook; returns the length copied. */
int bf_globals_roundtrip(const char *text);

/** A new string "counter=N"; the caller frees it through bf_g_free_hook (the hook at the time of the free). */
char *bf_globals_describe(void);

#endif
