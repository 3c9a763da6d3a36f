/* bffixture's ownership API (ownership.h): plain malloc and free, so the probe's allocation tracer sees them. */
#include "../ownership.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bfo_buffer {
    char *name;
    char *label;
    int closed;
};

static char *copy(const char *text)
{
    size_t length = strlen(text) + 1;
    char *result = malloc(length);
    if (result != NULL)
        memcpy(result, text, length);
    return result;
}

bfo_buffer *bfo_buffer_new(void) { return bfo_buffer_named(""); }

bfo_buffer *bfo_buffer_named(const char *name)
{
    bfo_buffer *buffer = calloc(1, sizeof *buffer);
    if (buffer == NULL)
        return NULL;
    buffer->name = copy(name != NULL ? name : "");
    if (buffer->name == NULL) {
        free(buffer);
        return NULL;
    }
    return buffer;
}

void bfo_buffer_free(bfo_buffer *buffer)
{
    if (buffer == NULL)
        return;
    free(buffer->label);
    free(buffer->name);
    free(buffer);
}

void bfo_buffer_close(bfo_buffer *buffer)
{
    if (buffer != NULL)
        buffer->closed = 1;
}

const char *bfo_buffer_name(const bfo_buffer *buffer) { return buffer->name; }

const char *bfo_buffer_label(bfo_buffer *buffer)
{
    if (buffer->label == NULL) {
        buffer->label = malloc(strlen(buffer->name) + 16);
        if (buffer->label != NULL)
            sprintf(buffer->label, "buffer '%s'", buffer->name);
    }
    return buffer->label;
}

char *bfo_buffer_describe(const bfo_buffer *buffer)
{
    char *text = malloc(strlen(buffer->name) + 32);
    if (text != NULL)
        sprintf(text, "%s (%s)", buffer->name, buffer->closed ? "closed" : "open");
    return text;
}

void bfo_string_free(char *text) { free(text); }

int bfo_buffer_copy_name(const bfo_buffer *buffer, char **out)
{
    *out = copy(buffer->name);
    return *out != NULL ? 0 : -1;
}

const char *bfo_version(void) { return "bfo 1.0"; }
