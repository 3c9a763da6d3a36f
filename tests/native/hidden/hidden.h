/* hidden.h: a small journal library that is NOT the counting fixture. A journal belongs to the thread that
 * opened it (it keeps per-thread state); entries are visited through a callback with user data that is only
 * used during the call. Used by HiddenLibraryTests to check the safe style on a library it was not built for. */
#ifndef HJ_HIDDEN_H
#define HJ_HIDDEN_H

#include <stdint.h>

/** A journal of integer entries; every call, close included, must come from the thread that opened it. */
typedef struct hj_journal hj_journal;

/** Called once per entry by hj_journal_visit(); return non-zero to stop the walk. */
typedef int (*hj_visitor)(void *context, int32_t index, int32_t entry);

/** @return a new empty journal owned by the calling thread, or NULL when out of memory. */
hj_journal *hj_journal_open(void);

/** Closes the journal and frees it. */
void hj_journal_close(hj_journal *journal);

/** Appends an entry. @return 0 on success, -1 when out of memory. */
int hj_journal_append(hj_journal *journal, int32_t entry);

/** @return the number of entries. */
int32_t hj_journal_count(hj_journal *journal);

/** Calls visitor(context, index, entry) for each entry in order, during this call only.
 * @return how many entries were visited. */
int32_t hj_journal_visit(hj_journal *journal, hj_visitor visitor, void *context);

/** @return how many calls reached a journal from a thread other than the one that opened it. */
int32_t hj_foreign_thread_calls(void);

/** @return how many journals are open. */
int32_t hj_open_journals(void);

#endif
