/*
 * bffixture's ownership API, for `bindingforge probe`: unlike the rest of the fixture, these functions allocate with
 * malloc and free with free, so the probe's allocation tracer sees every block. Declared apart from fixture.h
 * (ownership.yaml binds it, ownership-wrong.yaml states deliberately wrong facts about it); built into libbffixture.
 */
#ifndef BF_OWNERSHIP_H
#define BF_OWNERSHIP_H

/** A named buffer on the heap. */
typedef struct bfo_buffer bfo_buffer;

/** Creates a buffer with an empty name; free it with bfo_buffer_free(). */
bfo_buffer *bfo_buffer_new(void);

/** Creates a buffer named @p name (copied); free it with bfo_buffer_free(). */
bfo_buffer *bfo_buffer_named(const char *name);

/** Frees the buffer and everything it holds. */
void bfo_buffer_free(bfo_buffer *buffer);

/** Marks the buffer closed; frees nothing (bfo_buffer_free still must be called). */
void bfo_buffer_close(bfo_buffer *buffer);

/** The buffer's name, held by the buffer: valid until it is freed; do not free it. */
const char *bfo_buffer_name(const bfo_buffer *buffer);

/** A label the buffer makes on first use and keeps: valid until the buffer is freed; do not free it. */
const char *bfo_buffer_label(bfo_buffer *buffer);

/** A new description of the buffer; the caller frees it with bfo_string_free(). */
char *bfo_buffer_describe(const bfo_buffer *buffer);

/** Frees a string from bfo_buffer_describe() or bfo_buffer_copy_name(). */
void bfo_string_free(char *text);

/** Copies the buffer's name into *out; the caller frees it with bfo_string_free(). Returns 0 on success. */
int bfo_buffer_copy_name(const bfo_buffer *buffer, char **out);

/** The library's version: a static string. */
const char *bfo_version(void);

#endif
