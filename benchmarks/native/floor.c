/*
 * The C floor for BindingForge's benchmarks: the same loops the .NET suites run (benchmarks/BindingForge.Benchmarks),
 * written directly against libsqlite3 and libz, compiled with gcc -O2 by benchmarks/run.sh.
 *
 *   floor [rows] [zlib_mebibytes] [repetitions]      (defaults: 100000 64 7)
 *
 * Prints one JSON object: the median over the repetitions of nanoseconds per row (sqlite), per 64 KiB input
 * chunk (zlib) and per call (leaf), plus the sizes and library versions. Exits 1 when a loop reads back the
 * wrong data, so a broken floor cannot report a fast number.
 */
#define _POSIX_C_SOURCE 199309L
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zlib.h>

#define TEXT_COUNT 1000
#define CHUNK (64 * 1024)
#define MAX_REPS 64

static char texts[TEXT_COUNT][32];
static int text_lengths[TEXT_COUNT];

static double now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static double median(double *values, int count)
{
    qsort(values, (size_t)count, sizeof(double), compare_doubles);
    return count % 2 ? values[count / 2] : (values[count / 2 - 1] + values[count / 2]) / 2.0;
}

static void die(const char *what, const char *detail)
{
    fprintf(stderr, "floor: %s: %s\n", what, detail ? detail : "");
    exit(1);
}

static void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK)
        die(what, sqlite3_errmsg(db));
}

static void exec(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, NULL, NULL, NULL), sql);
}

/* Row i stores (i, "item-NNNN-bindingforge") with NNNN = i % 1000, as RowText.cs does. */
static void build_texts(void)
{
    for (int i = 0; i < TEXT_COUNT; i++)
        text_lengths[i] = snprintf(texts[i], sizeof texts[i], "item-%04d-bindingforge", i);
}

static void insert_rows(sqlite3 *db, sqlite3_stmt *insert, int rows)
{
    exec(db, "BEGIN");
    for (int i = 0; i < rows; i++) {
        const int t = i % TEXT_COUNT;
        check(db, sqlite3_bind_int(insert, 1, i), "bind_int");
        check(db, sqlite3_bind_text(insert, 2, texts[t], text_lengths[t], SQLITE_TRANSIENT), "bind_text");
        if (sqlite3_step(insert) != SQLITE_DONE)
            die("step insert", sqlite3_errmsg(db));
        check(db, sqlite3_reset(insert), "reset");
    }
    exec(db, "COMMIT");
}

/* Reads every row, copying the text as the .NET side copies it into a string; returns sum(id + length). */
static long long select_rows(sqlite3 *db, sqlite3_stmt *select)
{
    char copy[256];
    long long checksum = 0;
    int rc;
    while ((rc = sqlite3_step(select)) == SQLITE_ROW) {
        int id = sqlite3_column_int(select, 0);
        const unsigned char *text = sqlite3_column_text(select, 1);
        int length = sqlite3_column_bytes(select, 1);
        if (length >= (int)sizeof copy)
            die("select", "text too long");
        memcpy(copy, text, (size_t)length);
        copy[length] = 0;
        checksum += id + (long long)strlen(copy);
    }
    if (rc != SQLITE_DONE)
        die("step select", sqlite3_errmsg(db));
    check(db, sqlite3_reset(select), "reset");
    return checksum;
}

static void bench_sqlite(int rows, int reps, double *insert_ns, double *select_ns)
{
    sqlite3 *db;
    sqlite3_stmt *insert, *select;
    double samples[MAX_REPS];
    long long expected = 0;
    for (int i = 0; i < rows; i++)
        expected += i + text_lengths[i % TEXT_COUNT];

    if (sqlite3_open(":memory:", &db) != SQLITE_OK)
        die("open", sqlite3_errmsg(db));
    exec(db, "CREATE TABLE t(id INTEGER NOT NULL, name TEXT NOT NULL)");
    check(db, sqlite3_prepare_v2(db, "INSERT INTO t(id, name) VALUES (?1, ?2)", -1, &insert, NULL), "prepare insert");
    check(db, sqlite3_prepare_v2(db, "SELECT id, name FROM t", -1, &select, NULL), "prepare select");

    for (int r = -1; r < reps; r++) { /* r = -1 is the warmup */
        exec(db, "DELETE FROM t");
        double start = now_ns();
        insert_rows(db, insert, rows);
        if (r >= 0)
            samples[r] = (now_ns() - start) / rows;
    }
    *insert_ns = median(samples, reps);

    for (int r = -1; r < reps; r++) {
        double start = now_ns();
        long long checksum = select_rows(db, select);
        if (r >= 0)
            samples[r] = (now_ns() - start) / rows;
        if (checksum != expected)
            die("select", "checksum mismatch");
    }
    *select_ns = median(samples, reps);

    sqlite3_finalize(insert);
    sqlite3_finalize(select);
    sqlite3_close(db);
}

/* The same generator as PseudoText.cs: LCG-picked words, each followed by a space. */
static unsigned char *pseudo_text(size_t length)
{
    static const char *words[] = {
        "binding", "forge", "sqlite", "zlib", "handle", "contract", "thin", "safe",
        "pointer", "lease", "marshal", "native", "stream", "deflate", "row", "the",
    };
    unsigned char *data = malloc(length);
    uint32_t state = 12345;
    size_t at = 0;
    if (!data)
        die("malloc", "input");
    while (at < length) {
        state = state * 1103515245u + 12345u;
        const char *word = words[(state >> 16) % 16];
        for (size_t i = 0; word[i] && at < length; i++)
            data[at++] = (unsigned char)word[i];
        if (at < length)
            data[at++] = ' ';
    }
    return data;
}

/* zpipe.c's loop: 64 KiB in, drain 64 KiB out after every deflate call. Returns the compressed size. */
static long long deflate_stream(const unsigned char *input, size_t length, unsigned char *out)
{
    z_stream stream;
    long long total = 0;
    memset(&stream, 0, sizeof stream);
    if (deflateInit(&stream, Z_DEFAULT_COMPRESSION) != Z_OK)
        die("deflateInit", stream.msg);
    for (size_t offset = 0; offset < length; offset += CHUNK) {
        size_t n = length - offset < CHUNK ? length - offset : CHUNK;
        int flush = offset + n == length ? Z_FINISH : Z_NO_FLUSH;
        int rc;
        stream.next_in = (unsigned char *)input + offset;
        stream.avail_in = (unsigned)n;
        do {
            stream.next_out = out;
            stream.avail_out = CHUNK;
            rc = deflate(&stream, flush);
            if (rc < 0 && rc != Z_BUF_ERROR)
                die("deflate", stream.msg);
            total += CHUNK - stream.avail_out;
        } while (stream.avail_out == 0);
        if (flush == Z_FINISH && rc != Z_STREAM_END)
            die("deflate", "did not finish");
    }
    deflateEnd(&stream);
    return total;
}

static double bench_zlib(int mebibytes, int reps, long long *compressed)
{
    size_t length = (size_t)mebibytes << 20;
    unsigned char *input = pseudo_text(length);
    unsigned char *out = malloc(CHUNK);
    double samples[MAX_REPS];
    if (!out)
        die("malloc", "output");
    *compressed = -1;
    for (int r = -1; r < reps; r++) {
        double start = now_ns();
        long long size = deflate_stream(input, length, out);
        if (r >= 0)
            samples[r] = (now_ns() - start) / (double)(length / CHUNK);
        if (*compressed >= 0 && size != *compressed)
            die("deflate", "output size changed between runs");
        *compressed = size;
    }
    free(input);
    free(out);
    return median(samples, reps);
}

/* The trivial call through the PLT, as the .NET leaf benchmark calls it. */
static double bench_leaf(int reps)
{
    const long calls = 20 * 1000 * 1000;
    double samples[MAX_REPS];
    for (int r = -1; r < reps; r++) {
        long long sum = 0;
        double start = now_ns();
        for (long i = 0; i < calls; i++)
            sum += sqlite3_libversion_number();
        if (r >= 0)
            samples[r] = (now_ns() - start) / (double)calls;
        if (sum != (long long)calls * SQLITE_VERSION_NUMBER && sum != (long long)calls * sqlite3_libversion_number())
            die("leaf", "unexpected version sum");
    }
    return median(samples, reps);
}

int main(int argc, char **argv)
{
    int rows = argc > 1 ? atoi(argv[1]) : 100000;
    int mebibytes = argc > 2 ? atoi(argv[2]) : 64;
    int reps = argc > 3 ? atoi(argv[3]) : 7;
    double insert_ns, select_ns, zlib_ns, leaf_ns;
    long long compressed;
    if (rows <= 0 || mebibytes <= 0 || reps <= 0 || reps > MAX_REPS)
        die("usage", "floor [rows>0] [zlib_mebibytes>0] [repetitions 1..64]");

    build_texts();
    bench_sqlite(rows, reps, &insert_ns, &select_ns);
    zlib_ns = bench_zlib(mebibytes, reps < 3 ? reps : 3, &compressed);
    leaf_ns = bench_leaf(reps);

    printf("{\n");
    printf("  \"sqlite-insert\": %.2f,\n", insert_ns);
    printf("  \"sqlite-select\": %.2f,\n", select_ns);
    printf("  \"zlib-deflate\": %.2f,\n", zlib_ns);
    printf("  \"leaf\": %.3f,\n", leaf_ns);
    printf("  \"rows\": %d,\n", rows);
    printf("  \"zlib_mebibytes\": %d,\n", mebibytes);
    printf("  \"zlib_compressed_bytes\": %lld,\n", compressed);
    printf("  \"repetitions\": %d,\n", reps);
    printf("  \"sqlite_version\": \"%s\",\n", sqlite3_libversion());
    printf("  \"zlib_version\": \"%s\"\n", zlibVersion());
    printf("}\n");
    return 0;
}
