/* A caller-allocated struct with two init and cleanup pairs, buffer fields and a text field. */
#include <stdint.h>

#define ST_OK 0
#define ST_END 1
#define ST_VERSION "1.0"

/** A stream the caller allocates; the library keeps a pointer back to it. */
typedef struct st_stream {
    const uint8_t *next_in;  /**< next input byte */
    uint32_t avail_in;       /**< bytes available at next_in */
    uint64_t total_in;       /**< bytes read so far */
    uint8_t *next_out;       /**< next output byte */
    uint32_t avail_out;      /**< room at next_out */
    uint64_t total_out;      /**< bytes written so far */
    const char *msg;         /**< last error, or NULL */
    void *state;             /**< private */
} st_stream;

/**
 * Prepares a stream for packing.
 * @param s the stream
 * @param level 0 to 9
 * @param version ST_VERSION
 * @param size sizeof(st_stream)
 * @return ST_OK
 */
int st_pack_init(st_stream *s, int level, const char *version, int size);
int st_unpack_init(st_stream *s, const char *version, int size);
int st_pack_copy(st_stream *dest, st_stream *source);
int st_pack(st_stream *s, int flush);
int st_unpack(st_stream *s);
int st_pack_reset(st_stream *s);
int st_pack_end(st_stream *s);
int st_unpack_end(st_stream *s);
const char *st_error(int code);
