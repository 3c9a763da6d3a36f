/*
 * bfprobe-driver: runs the calls of a probe plan (`bindingforge probe CONTRACT` without a command) under the tracer.
 *
 * The plan is data, not code: nothing from a contract is compiled. Lines:
 *   lib PATH                       dlopen the library (more than one line: the first that loads)
 *   call SYMBOL SLOT ARG...        look SYMBOL up with dlsym and call it; its result goes to slot SLOT
 *   free SYMBOL SLOT ARG...        the same, but only when the tracer says the first argument is a live heap block a
 *                                  traced call allocated (bft_tracked): a wrong `owned` fact must not crash the driver
 * An ARG is i:DECIMAL (an integer), s:HEX (a NUL-terminated string, hex-encoded), n (NULL), v:SLOT (a slot's value)
 * or o:SLOT (the address of a slot, zeroed before the call: an out parameter). Every argument is passed in an integer
 * register, so only functions whose parameters are integers and pointers are planned. Each call prints
 * "called SYMBOL" to stdout before it starts, so a crash can be attributed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SLOTS 256
#define MAX_ARGS 6

typedef intptr_t (*bfp_call6)(intptr_t, intptr_t, intptr_t, intptr_t, intptr_t, intptr_t);

static intptr_t slots[MAX_SLOTS];

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/* Decodes s:HEX into a string the plan owns until exit. */
static char *decode(const char *hex)
{
    size_t length = strlen(hex) / 2;
    char *text = calloc(length + 1, 1);
    for (size_t i = 0; text != NULL && i < length; i++) {
        int high = hex_value(hex[2 * i]), low = hex_value(hex[2 * i + 1]);
        if (high < 0 || low < 0)
            return NULL;
        text[i] = (char)(high * 16 + low);
    }
    return text;
}

static int slot_of(const char *text)
{
    int slot = atoi(text);
    return slot >= 0 && slot < MAX_SLOTS ? slot : -1;
}

/* Parses one argument; returns 0 when it is malformed. */
static int argument(const char *token, intptr_t *value)
{
    int slot;
    switch (token[0]) {
    case 'i':
        *value = (intptr_t)strtoll(token + 2, NULL, 10);
        return token[1] == ':';
    case 's':
        *value = (intptr_t)decode(token + 2);
        return token[1] == ':' && *value != 0;
    case 'n':
        *value = 0;
        return token[1] == '\0';
    case 'v':
    case 'o':
        slot = slot_of(token + 2);
        if (token[1] != ':' || slot < 0)
            return 0;
        if (token[0] == 'o')
            slots[slot] = 0;
        *value = token[0] == 'v' ? slots[slot] : (intptr_t)&slots[slot];
        return 1;
    default:
        return 0;
    }
}

static int run_call(void *library, char *rest, int line_number, int guarded)
{
    char *symbol = strtok(rest, " ");
    char *slot_text = strtok(NULL, " ");
    int slot = slot_text != NULL ? slot_of(slot_text) : -1;
    if (symbol == NULL || slot < 0) {
        fprintf(stderr, "plan line %d: malformed call\n", line_number);
        return 0;
    }
    intptr_t args[MAX_ARGS] = {0};
    int count = 0;
    for (char *token = strtok(NULL, " "); token != NULL; token = strtok(NULL, " ")) {
        if (count == MAX_ARGS || !argument(token, &args[count++])) {
            fprintf(stderr, "plan line %d: bad argument %s\n", line_number, token);
            return 0;
        }
    }
    void *function = dlsym(library, symbol);
    if (function == NULL) {
        fprintf(stderr, "plan line %d: %s not found\n", line_number, symbol);
        return 1;
    }
    if (guarded) {
        int (*tracked)(const void *) = (int (*)(const void *))dlsym(RTLD_DEFAULT, "bft_tracked");
        if (tracked == NULL || !tracked((const void *)args[0])) {
            printf("skipped %s\n", symbol);
            return 1;
        }
    }
    printf("called %s\n", symbol);
    fflush(stdout);
    slots[slot] = ((bfp_call6)function)(args[0], args[1], args[2], args[3], args[4], args[5]);
    return 1;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: bfprobe-driver PLAN\n");
        return 2;
    }
    FILE *plan = fopen(argv[1], "r");
    if (plan == NULL) {
        perror(argv[1]);
        return 2;
    }
    void *library = NULL;
    char line[8192];
    int line_number = 0;
    while (fgets(line, sizeof line, plan) != NULL) {
        line_number++;
        line[strcspn(line, "\n")] = '\0';
        if (strncmp(line, "lib ", 4) == 0) {
            if (library == NULL)
                library = dlopen(line + 4, RTLD_NOW | RTLD_GLOBAL);
        } else if (strncmp(line, "call ", 5) == 0 || strncmp(line, "free ", 5) == 0) {
            if (library == NULL) {
                fprintf(stderr, "plan line %d: no library loaded: %s\n", line_number, dlerror());
                return 3;
            }
            if (!run_call(library, line + 5, line_number, line[0] == 'f'))
                return 2;
        }
    }
    fclose(plan);
    return 0;
}
