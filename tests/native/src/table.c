/* bft_table: a readers-writer object that counts every breach of its rule. See table.h. */
#define _POSIX_C_SOURCE 200809L
#include "../table.h"
#include "internal.h"

#include <stdatomic.h>
#include <stdlib.h>

#define BFT_LIVE 0x5441424Cu
#define BFT_DEAD 0xDEADBEEFu

struct bft_table {
    _Atomic uint32_t magic;
    _Atomic int32_t readers;
    _Atomic int32_t writers;
    _Atomic int32_t peak_readers;
    _Atomic int32_t value;
    _Atomic int32_t count;
};

static _Atomic int32_t conflicts, live_tables;

/* The counters below are the fixture's instrumentation, not the table's state: a reader updates them too. */
static struct bft_table *counters(const bft_table *table)
{
    return (struct bft_table *)table;
}

static int live(const bft_table *table)
{
    if (table && atomic_load(&table->magic) == BFT_LIVE)
        return 1;
    atomic_fetch_add(&conflicts, 1);
    return 0;
}

bft_table *bft_table_create(void)
{
    bft_table *table = calloc(1, sizeof *table);
    if (!table)
        abort();
    atomic_store(&table->magic, BFT_LIVE);
    atomic_fetch_add(&live_tables, 1);
    return table;
}

void bft_table_destroy(bft_table *table)
{
    if (!live(table))
        return;
    if (atomic_load(&table->readers) != 0 || atomic_load(&table->writers) != 0)
        atomic_fetch_add(&conflicts, 1);
    atomic_store(&table->magic, BFT_DEAD);
    atomic_fetch_sub(&live_tables, 1);
}

int32_t bft_table_get(const bft_table *table, int32_t spin_us)
{
    if (!live(table))
        return 0;
    struct bft_table *t = counters(table);
    int32_t inside = atomic_fetch_add(&t->readers, 1) + 1;
    int32_t peak = atomic_load(&t->peak_readers);
    while (inside > peak && !atomic_compare_exchange_weak(&t->peak_readers, &peak, inside))
        ;
    int conflict = atomic_load(&t->writers) != 0;
    int32_t value = atomic_load(&t->value);
    fx_spin(spin_us);
    conflict |= atomic_load(&t->writers) != 0;
    if (conflict)
        atomic_fetch_add(&conflicts, 1);
    atomic_fetch_sub(&t->readers, 1);
    return value;
}

int32_t bft_table_count(const bft_table *table)
{
    return live(table) ? atomic_load(&table->count) : 0;
}

int32_t bft_table_peak_readers(const bft_table *table)
{
    return live(table) ? atomic_load(&table->peak_readers) : 0;
}

void bft_table_set(bft_table *table, int32_t value, int32_t spin_us)
{
    if (!live(table))
        return;
    int conflict = atomic_fetch_add(&table->writers, 1) != 0 || atomic_load(&table->readers) != 0;
    atomic_store(&table->value, value);
    atomic_fetch_add(&table->count, 1);
    fx_spin(spin_us);
    conflict |= atomic_load(&table->readers) != 0;
    if (conflict)
        atomic_fetch_add(&conflicts, 1);
    atomic_fetch_sub(&table->writers, 1);
}

int32_t bft_conflicts(void)
{
    return atomic_load(&conflicts);
}

int32_t bft_live_tables(void)
{
    return atomic_load(&live_tables);
}

void bft_reset_conflicts(void)
{
    atomic_store(&conflicts, 0);
}
