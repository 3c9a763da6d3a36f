/*
 * bffixture's readers-writer object: a table any number of threads may read at once while no thread changes it,
 * and that one thread at a time may change while nobody reads it. Declared apart from fixture.h (table.yaml binds
 * it); built into libbffixture. Every call that breaks the rule is counted (bft_conflicts), never a crash: a
 * destroyed table is never returned to the allocator.
 */
#ifndef BF_TABLE_H
#define BF_TABLE_H

#include <stdint.h>

/** A value many threads may read at once, and one thread at a time may change. */
typedef struct bft_table bft_table;

/**
 * Creates a table holding 0.
 * @return the new table; the caller owns it and frees it with bft_table_destroy()
 */
bft_table *bft_table_create(void);

/** Frees the table. Counted as a conflict when a call is still inside it. */
void bft_table_destroy(bft_table *table);

/**
 * Reads the table's value. Any number of readers may be inside at once; a writer beside them is a conflict.
 * @param spin_us microseconds to spin inside the call, to widen races
 * @return the value last set
 */
int32_t bft_table_get(const bft_table *table, int32_t spin_us);

/** @return the number of bft_table_set() calls that reached the table */
int32_t bft_table_count(const bft_table *table);

/** @return the most readers that were inside the table at the same time */
int32_t bft_table_peak_readers(const bft_table *table);

/**
 * Sets the table's value. A writer must be alone: readers or another writer inside are a conflict.
 * @param spin_us microseconds to spin inside the call, to widen races
 */
void bft_table_set(bft_table *table, int32_t value, int32_t spin_us);

/** @return how many calls broke the rule (a writer beside readers or another writer, a use of a destroyed table) */
int32_t bft_conflicts(void);

/** @return the number of tables created and not destroyed */
int32_t bft_live_tables(void);

/** Sets bft_conflicts() back to 0. */
void bft_reset_conflicts(void);

#endif
