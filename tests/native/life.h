/*
 * bffixture's lifetime relations (issue 14): a holder that stores pointers without copying them (a list, a
 * callback with its user data), duplicates itself with those settings, and resets them; a list whose append
 * returns its possibly new head (NULL on failure, the old list still valid); an adopt that takes a list only when
 * it succeeds. Declared apart from fixture.h (life.yaml binds it); built into libbffixture.
 *
 * Nothing here is returned to the allocator: a freed list or holder stays readable, so a use after free is
 * counted (bfl_stale_uses), never a crash, and a second free is counted (bfl_double_frees).
 */
#ifndef BF_LIFE_H
#define BF_LIFE_H

#include <stdint.h>

/** Success. */
#define BFL_OK 0
/** The holder already adopted a list. */
#define BFL_ERR_FULL 1
/** An allocation failed (see bfl_fail_next_allocation()). */
#define BFL_ERR_NOMEM 2

/** A list of strings stored in one block: an append that grows it moves it, as realloc does. */
typedef struct bfl_list bfl_list;

/** A holder (a transfer handle): stores a list and a callback by pointer, never copying them. */
typedef struct bfl_holder bfl_holder;

/** The holder's callback: gets the user data it was set with and a value; its result is bfl_holder_run()'s. */
typedef int32_t (*bfl_visit_fn)(void *data, int32_t value);

/** Creates an empty list; free it with bfl_list_free(). */
bfl_list *bfl_list_create(void);

/** Frees a list. */
void bfl_list_free(bfl_list *list);

/**
 * Appends a copy of text to the list.
 * @param list The list; not valid after a successful call that moved it.
 * @param text The text to copy.
 * @return The list's head, moved when the list had to grow; NULL when an allocation failed, the list unchanged
 *         and still valid.
 */
bfl_list *bfl_list_append(bfl_list *list, const char *text);

/** The number of items in the list. */
int32_t bfl_list_count(const bfl_list *list);

/** The item at index, valid until the list moves or is freed; NULL when out of range. */
const char *bfl_list_item(const bfl_list *list, int32_t index);

/** Creates a holder; destroy it with bfl_holder_destroy(), which frees a list it adopted. */
bfl_holder *bfl_holder_create(void);

/** Destroys a holder and a list it adopted; the list set with bfl_holder_set_list() is the caller's. */
void bfl_holder_destroy(bfl_holder *holder);

/**
 * Stores the list's pointer, not a copy: the list must stay alive until it is replaced by another call, the holder
 * is reset or destroyed. NULL forgets the list.
 */
void bfl_holder_set_list(bfl_holder *holder, bfl_list *list);

/**
 * Stores the callback and its user data until replaced by another call, the holder is reset or destroyed. NULL
 * forgets the callback.
 */
void bfl_holder_set_callback(bfl_holder *holder, bfl_visit_fn visit, void *data);

/** Sets the callback and user data every holder created from now on starts with (process-wide); NULL for none. */
void bfl_set_default_callback(bfl_visit_fn visit, void *data);

/** Reads the stored list (its item count, -1 without one) and calls the callback with it (its result, or the count
 *  without one). Counts a stale use when the stored list was freed. */
int32_t bfl_holder_run(bfl_holder *holder);

/** Duplicates the holder with its settings: the same list pointer and the same callback and user data. NULL when an
 *  allocation failed (see bfl_fail_next_allocation()). */
bfl_holder *bfl_holder_duplicate(const bfl_holder *holder);

/** Forgets the stored list and callback; the holder stays usable. */
void bfl_holder_reset(bfl_holder *holder);

/**
 * Takes ownership of the list when it succeeds: the holder frees it when destroyed.
 * @return BFL_OK; BFL_ERR_FULL when the holder already adopted one, and the list stays the caller's.
 */
int32_t bfl_holder_adopt(bfl_holder *holder, bfl_list *list);

/** The item count of the adopted list, -1 without one. */
int32_t bfl_holder_adopted_count(const bfl_holder *holder);

/** A message for a status code. */
const char *bfl_strerror(int32_t code);

/** Makes the next allocation of this API fail (an append's growth or a duplicate). */
void bfl_fail_next_allocation(void);

/** Live lists. */
int32_t bfl_live_lists(void);

/** Live holders. */
int32_t bfl_live_holders(void);

/** Uses of a freed list or holder. */
int32_t bfl_stale_uses(void);

/** Second frees of a list or holder. */
int32_t bfl_double_frees(void);

/** Clears the error counters (live counts are facts and stay). */
void bfl_reset_counters(void);

#endif
