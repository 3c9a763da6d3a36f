/*
 * bfprobe: the allocation tracer `bindingforge probe` preloads (LD_PRELOAD) into the program it watches.
 *
 * - It replaces malloc, calloc, realloc, free, posix_memalign, aligned_alloc and memalign, forwarding to glibc's
 *   __libc_* functions, and records every block allocated while a traced function runs, and every later free or
 *   move of such a block.
 * - It replaces dlsym. When a lookup returns one of the traced functions (a list of symbol names read from the file
 *   BF_PROBE_CONFIG names), it hands back a trampoline instead: a stub that records the call's arguments, calls the
 *   real function and records its result. .NET's P/Invoke and NativeLibrary.GetExport find functions with dlsym, so
 *   a safe binding's calls are seen without changing the program. A shim's pointer variable (bfshim_NAME, kind "p")
 *   is handed back as a variable of the tracer's that points at the trampoline.
 * - bft_tracked(ptr) answers whether ptr is a live block a traced call allocated (the driver asks before it frees).
 * - Events are text lines written with one write(2) each to BF_PROBE_OUT/trace.PID (see ProbeTrace.cs).
 *
 * Names from the config are only compared with strcmp; nothing from a contract is compiled. x86-64 SysV only.
 * Limits: a longjmp out of a traced call, or a library allocator other than malloc, is not followed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

extern void *__libc_malloc(size_t size);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *ptr, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void __libc_free(void *ptr);

#define BFT_MAX_FUNCTIONS 2048
#define BFT_NAME_MAX 128
#define BFT_MAX_DEPTH 256
#define BFT_TABLE_BITS 20
#define BFT_TABLE_SIZE (1u << BFT_TABLE_BITS)
#define BFT_EMPTY ((uintptr_t)0)
#define BFT_TOMBSTONE ((uintptr_t)1)

#define BFT_HIDDEN __attribute__((visibility("hidden")))

/* The traced functions, in config order: the index is the function's number in every event. */
static int bft_count;
static char bft_names[BFT_MAX_FUNCTIONS][BFT_NAME_MAX];
static char bft_kinds[BFT_MAX_FUNCTIONS];
static unsigned bft_outs[BFT_MAX_FUNCTIONS];
static void *_Atomic bft_real[BFT_MAX_FUNCTIONS];
static void *bft_slots[BFT_MAX_FUNCTIONS];
static int bft_ready;

static char bft_dir[1024];
static int bft_fd = -1;
static pid_t bft_pid;
static atomic_long bft_ordinal;
static pthread_mutex_t bft_file_lock = PTHREAD_MUTEX_INITIALIZER;

/* One traced call in progress on this thread. */
struct bft_frame {
    void *return_address;
    long ordinal;
    int function;
    intptr_t args[6];
};

static __thread struct bft_frame bft_stack[BFT_MAX_DEPTH] __attribute__((tls_model("initial-exec")));
static __thread int bft_depth __attribute__((tls_model("initial-exec")));

/* The blocks allocated during traced calls that are still live: open addressing on the block's address. */
struct bft_block {
    uintptr_t ptr;
};
static struct bft_block bft_table[BFT_TABLE_SIZE];
static atomic_long bft_live;
static long bft_used;
static pthread_mutex_t bft_table_lock = PTHREAD_MUTEX_INITIALIZER;

extern char bft_stubs[] BFT_HIDDEN;
#define BFT_STUB_SIZE 16

static void bft_write(const char *line, int length)
{
    pthread_mutex_lock(&bft_file_lock);
    pid_t pid = getpid();
    if (bft_fd < 0 || pid != bft_pid) {
        if (bft_fd >= 0)
            close(bft_fd);
        char path[1100];
        snprintf(path, sizeof path, "%s/trace.%d", bft_dir, (int)pid);
        bft_fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        bft_pid = pid;
    }
    if (bft_fd >= 0) {
        ssize_t written = write(bft_fd, line, (size_t)length);
        (void)written;
    }
    pthread_mutex_unlock(&bft_file_lock);
}

static void bft_emit(const char *format, ...) __attribute__((format(printf, 1, 2)));

static void bft_emit(const char *format, ...)
{
    char line[512];
    va_list args;
    va_start(args, format);
    int length = vsnprintf(line, sizeof line, format, args);
    va_end(args);
    if (length > 0)
        bft_write(line, length < (int)sizeof line ? length : (int)sizeof line - 1);
}

static long bft_next(void) { return atomic_fetch_add(&bft_ordinal, 1) + 1; }

static long bft_frame_ordinal(void) { return bft_depth > 0 ? bft_stack[bft_depth - 1].ordinal : 0; }

static size_t bft_hash(uintptr_t ptr) { return (size_t)((ptr >> 4) * 0x9E3779B97F4A7C15ull) >> (64 - BFT_TABLE_BITS); }

/* Adds a block; a full table stops tracking (reported once). */
static void bft_insert(uintptr_t ptr)
{
    pthread_mutex_lock(&bft_table_lock);
    if (bft_used < (long)(BFT_TABLE_SIZE - BFT_TABLE_SIZE / 8)) {
        size_t i = bft_hash(ptr);
        while (bft_table[i].ptr > BFT_TOMBSTONE && bft_table[i].ptr != ptr)
            i = (i + 1) & (BFT_TABLE_SIZE - 1);
        if (bft_table[i].ptr != ptr) {
            if (bft_table[i].ptr == BFT_EMPTY)
                bft_used++;
            bft_table[i].ptr = ptr;
            atomic_fetch_add(&bft_live, 1);
        }
    } else if (bft_used++ == (long)(BFT_TABLE_SIZE - BFT_TABLE_SIZE / 8)) {
        bft_emit("X table-full\n");
    }
    pthread_mutex_unlock(&bft_table_lock);
}

/* Removes a block; returns 1 when it was tracked. */
static int bft_remove(uintptr_t ptr)
{
    if (atomic_load(&bft_live) == 0)
        return 0;
    int found = 0;
    pthread_mutex_lock(&bft_table_lock);
    size_t i = bft_hash(ptr);
    while (bft_table[i].ptr != BFT_EMPTY) {
        if (bft_table[i].ptr == ptr) {
            bft_table[i].ptr = BFT_TOMBSTONE;
            atomic_fetch_sub(&bft_live, 1);
            found = 1;
            break;
        }
        i = (i + 1) & (BFT_TABLE_SIZE - 1);
    }
    pthread_mutex_unlock(&bft_table_lock);
    return found;
}

/* Tells the driver whether a pointer is (or points just past the header of) a live block a traced call allocated,
 * so that it never hands a free function static data. Looked up with dlsym by the driver. */
__attribute__((visibility("default"))) int bft_tracked(const void *ptr)
{
    if (ptr == NULL || atomic_load(&bft_live) == 0)
        return 0;
    int found = 0;
    pthread_mutex_lock(&bft_table_lock);
    for (uintptr_t back = 0; back <= 16 && !found; back += 8) {
        uintptr_t candidate = (uintptr_t)ptr - back;
        for (size_t i = bft_hash(candidate); bft_table[i].ptr != BFT_EMPTY; i = (i + 1) & (BFT_TABLE_SIZE - 1)) {
            if (bft_table[i].ptr == candidate) {
                found = 1;
                break;
            }
        }
    }
    pthread_mutex_unlock(&bft_table_lock);
    return found;
}

static void bft_allocated(void *ptr, size_t size)
{
    if (ptr == NULL || bft_depth == 0 || !bft_ready)
        return;
    bft_insert((uintptr_t)ptr);
    bft_emit("A %ld %ld %lx %zu\n", bft_next(), bft_frame_ordinal(), (unsigned long)(uintptr_t)ptr, size);
}

static void bft_freeing(void *ptr)
{
    if (ptr != NULL && bft_remove((uintptr_t)ptr))
        bft_emit("F %ld %ld %lx\n", bft_next(), bft_frame_ordinal(), (unsigned long)(uintptr_t)ptr);
}

void *malloc(size_t size)
{
    void *ptr = __libc_malloc(size);
    bft_allocated(ptr, size);
    return ptr;
}

void *calloc(size_t count, size_t size)
{
    void *ptr = __libc_calloc(count, size);
    bft_allocated(ptr, count * size);
    return ptr;
}

void *realloc(void *old, size_t size)
{
    if (old == NULL)
        return malloc(size);
    if (size == 0) {
        free(old);
        return NULL;
    }
    int tracked = bft_remove((uintptr_t)old);
    void *ptr = __libc_realloc(old, size);
    if (ptr == NULL) {
        if (tracked)
            bft_insert((uintptr_t)old);
        return NULL;
    }
    if (tracked) {
        bft_insert((uintptr_t)ptr);
        bft_emit("M %ld %ld %lx %lx %zu\n", bft_next(), bft_frame_ordinal(), (unsigned long)(uintptr_t)old,
                 (unsigned long)(uintptr_t)ptr, size);
    } else {
        bft_allocated(ptr, size);
    }
    return ptr;
}

void free(void *ptr)
{
    bft_freeing(ptr);
    __libc_free(ptr);
}

void *memalign(size_t alignment, size_t size)
{
    void *ptr = __libc_memalign(alignment, size);
    bft_allocated(ptr, size);
    return ptr;
}

void *aligned_alloc(size_t alignment, size_t size) { return memalign(alignment, size); }

int posix_memalign(void **out, size_t alignment, size_t size)
{
    if (alignment < sizeof(void *) || (alignment & (alignment - 1)) != 0)
        return EINVAL;
    void *ptr = memalign(alignment, size);
    if (ptr == NULL)
        return ENOMEM;
    *out = ptr;
    return 0;
}

/* Called by the trampoline before the real function: records the call and returns the function to jump to. */
BFT_HIDDEN __attribute__((used)) void *bft_enter(char *after_stub, void *return_address, const intptr_t *regs)
{
    int function = (int)((after_stub - 5 - bft_stubs) / BFT_STUB_SIZE);
    if (bft_depth >= BFT_MAX_DEPTH) {
        bft_emit("X too-deep %d\n", function);
        _exit(97);
    }
    struct bft_frame *frame = &bft_stack[bft_depth];
    frame->return_address = return_address;
    frame->function = function;
    frame->ordinal = bft_next();
    memcpy(frame->args, regs, sizeof frame->args);
    bft_depth++;
    bft_emit("E %ld %d %lx %lx %lx %lx %lx %lx\n", frame->ordinal, function, (unsigned long)regs[0],
             (unsigned long)regs[1], (unsigned long)regs[2], (unsigned long)regs[3], (unsigned long)regs[4],
             (unsigned long)regs[5]);
    return atomic_load(&bft_real[function]);
}

/* Called by the trampoline after the real function: records the result and returns where the call came from. */
BFT_HIDDEN __attribute__((used)) void *bft_leave(intptr_t result)
{
    struct bft_frame *frame = &bft_stack[--bft_depth];
    char outs[6 * 20] = "";
    int used = 0;
    for (int k = 0; k < 6; k++) {
        intptr_t value = 0;
        if ((bft_outs[frame->function] >> k & 1u) && frame->args[k] != 0)
            value = *(const intptr_t *)frame->args[k];
        used += snprintf(outs + used, sizeof outs - (size_t)used, " %lx", (unsigned long)value);
    }
    bft_emit("L %ld %ld %d %lx%s\n", frame->ordinal, bft_next(), frame->function, (unsigned long)result, outs);
    return frame->return_address;
}

/*
 * The trampoline. Each stub is `call bft_common` (16 bytes apart), so the stub's number comes from the address the
 * call pushes, which is popped again at once: the stack is exactly the caller's, stack arguments included.
 */
__asm__(
    ".text\n"
    ".p2align 4\n"
    "bft_common:\n"
    "  pop %r11\n"
    "  sub $200, %rsp\n"
    "  mov %rdi, 0(%rsp)\n"
    "  mov %rsi, 8(%rsp)\n"
    "  mov %rdx, 16(%rsp)\n"
    "  mov %rcx, 24(%rsp)\n"
    "  mov %r8, 32(%rsp)\n"
    "  mov %r9, 40(%rsp)\n"
    "  mov %rax, 48(%rsp)\n"
    "  movdqu %xmm0, 56(%rsp)\n"
    "  movdqu %xmm1, 72(%rsp)\n"
    "  movdqu %xmm2, 88(%rsp)\n"
    "  movdqu %xmm3, 104(%rsp)\n"
    "  movdqu %xmm4, 120(%rsp)\n"
    "  movdqu %xmm5, 136(%rsp)\n"
    "  movdqu %xmm6, 152(%rsp)\n"
    "  movdqu %xmm7, 168(%rsp)\n"
    "  mov %r11, %rdi\n"
    "  mov 200(%rsp), %rsi\n"
    "  mov %rsp, %rdx\n"
    "  call bft_enter\n"
    "  mov %rax, %r11\n"
    "  mov 0(%rsp), %rdi\n"
    "  mov 8(%rsp), %rsi\n"
    "  mov 16(%rsp), %rdx\n"
    "  mov 24(%rsp), %rcx\n"
    "  mov 32(%rsp), %r8\n"
    "  mov 40(%rsp), %r9\n"
    "  mov 48(%rsp), %rax\n"
    "  movdqu 56(%rsp), %xmm0\n"
    "  movdqu 72(%rsp), %xmm1\n"
    "  movdqu 88(%rsp), %xmm2\n"
    "  movdqu 104(%rsp), %xmm3\n"
    "  movdqu 120(%rsp), %xmm4\n"
    "  movdqu 136(%rsp), %xmm5\n"
    "  movdqu 152(%rsp), %xmm6\n"
    "  movdqu 168(%rsp), %xmm7\n"
    "  add $200, %rsp\n"
    "  lea bft_return(%rip), %r10\n"
    "  mov %r10, (%rsp)\n"
    "  jmp *%r11\n"
    "bft_return:\n"
    "  sub $48, %rsp\n"
    "  mov %rax, 0(%rsp)\n"
    "  mov %rdx, 8(%rsp)\n"
    "  movdqu %xmm0, 16(%rsp)\n"
    "  movdqu %xmm1, 32(%rsp)\n"
    "  mov %rax, %rdi\n"
    "  call bft_leave\n"
    "  mov %rax, %r11\n"
    "  mov 0(%rsp), %rax\n"
    "  mov 8(%rsp), %rdx\n"
    "  movdqu 16(%rsp), %xmm0\n"
    "  movdqu 32(%rsp), %xmm1\n"
    "  add $48, %rsp\n"
    "  jmp *%r11\n"
    ".p2align 4\n"
    ".globl bft_stubs\n"
    ".hidden bft_stubs\n"
    "bft_stubs:\n"
    ".rept 2048\n"
    "  call bft_common\n"
    "  .p2align 4\n"
    ".endr\n");

static int bft_find(const char *name)
{
    for (int i = 0; i < bft_count; i++) {
        if (strcmp(bft_names[i], name) == 0)
            return i;
    }
    return -1;
}

static void *(*bft_real_dlsym(void))(void *, const char *)
{
    static void *(*real)(void *, const char *);
    if (real == NULL) {
        real = (void *(*)(void *, const char *))dlvsym(RTLD_NEXT, "dlsym", "GLIBC_2.34");
        if (real == NULL)
            real = (void *(*)(void *, const char *))dlvsym(RTLD_NEXT, "dlsym", "GLIBC_2.2.5");
    }
    return real;
}

void *dlsym(void *handle, const char *name)
{
    void *found = bft_real_dlsym()(handle, name);
    if (found == NULL || name == NULL || !bft_ready)
        return found;
    int i = bft_find(name);
    if (i < 0)
        return found;
    void *target = bft_kinds[i] == 'p' ? *(void **)found : found;
    void *expected = NULL;
    if (!atomic_compare_exchange_strong(&bft_real[i], &expected, target) && expected != target)
        return found;
    void *stub = bft_stubs + (size_t)i * BFT_STUB_SIZE;
    if (bft_kinds[i] != 'p')
        return stub;
    bft_slots[i] = stub;
    return &bft_slots[i];
}

/* Reads the config: one line per function, "SYMBOL KIND OUTMASK" (kind f: a function, p: a pointer variable). */
static void bft_read_config(const char *path)
{
    static char text[1 << 18];
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    ssize_t length = read(fd, text, sizeof text - 1);
    close(fd);
    if (length <= 0)
        return;
    text[length] = '\0';
    char *line = text;
    while (*line != '\0' && bft_count < BFT_MAX_FUNCTIONS) {
        char *end = strchr(line, '\n');
        if (end != NULL)
            *end = '\0';
        char kind = 'f';
        unsigned outs = 0;
        char name[BFT_NAME_MAX];
        if (sscanf(line, "%127s %c %u", name, &kind, &outs) >= 1) {
            strcpy(bft_names[bft_count], name);
            bft_kinds[bft_count] = kind;
            bft_outs[bft_count] = outs;
            bft_count++;
        }
        if (end == NULL)
            break;
        line = end + 1;
    }
}

__attribute__((constructor)) static void bft_start(void)
{
    const char *config = getenv("BF_PROBE_CONFIG");
    const char *dir = getenv("BF_PROBE_OUT");
    if (config == NULL || dir == NULL || strlen(dir) >= sizeof bft_dir)
        return;
    strcpy(bft_dir, dir);
    bft_read_config(config);
    bft_ready = 1;
    bft_emit("P %d %d\n", (int)getpid(), bft_count);
}
