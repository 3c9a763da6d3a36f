/* hidden.c: implementation of hidden.h. Counts calls from foreign threads instead of crashing. */
#include "hidden.h"

#include <pthread.h>
#include <stdlib.h>

struct hj_journal {
    pthread_t owner;
    int32_t *entries;
    int32_t count;
    int32_t capacity;
};

static int32_t foreign_calls;
static int32_t open_journals;

static void check_thread(const hj_journal *journal)
{
    if (!pthread_equal(journal->owner, pthread_self()))
        __atomic_add_fetch(&foreign_calls, 1, __ATOMIC_SEQ_CST);
}

hj_journal *hj_journal_open(void)
{
    hj_journal *journal = calloc(1, sizeof *journal);
    if (journal == NULL)
        return NULL;
    journal->owner = pthread_self();
    __atomic_add_fetch(&open_journals, 1, __ATOMIC_SEQ_CST);
    return journal;
}

void hj_journal_close(hj_journal *journal)
{
    if (journal == NULL)
        return;
    check_thread(journal);
    free(journal->entries);
    free(journal);
    __atomic_sub_fetch(&open_journals, 1, __ATOMIC_SEQ_CST);
}

int hj_journal_append(hj_journal *journal, int32_t entry)
{
    check_thread(journal);
    if (journal->count == journal->capacity) {
        int32_t capacity = journal->capacity ? journal->capacity * 2 : 8;
        int32_t *grown = realloc(journal->entries, (size_t)capacity * sizeof *grown);
        if (grown == NULL)
            return -1;
        journal->entries = grown;
        journal->capacity = capacity;
    }
    journal->entries[journal->count++] = entry;
    return 0;
}

int32_t hj_journal_count(hj_journal *journal)
{
    check_thread(journal);
    return journal->count;
}

int32_t hj_journal_visit(hj_journal *journal, hj_visitor visitor, void *context)
{
    check_thread(journal);
    int32_t visited = 0;
    for (int32_t i = 0; i < journal->count; i++) {
        visited++;
        if (visitor(context, i, journal->entries[i]) != 0)
            break;
    }
    return visited;
}

int32_t hj_foreign_thread_calls(void) { return __atomic_load_n(&foreign_calls, __ATOMIC_SEQ_CST); }

int32_t hj_open_journals(void) { return __atomic_load_n(&open_journals, __ATOMIC_SEQ_CST); }
