#include <stdio.h>
#include "globals.h"

#include <stdlib.h>
#include <string.h>

int bf_g_counter = 0;
const int bf_g_limit = 1000;
const char bf_g_version[] = "fixture-globals 1.2.3";
char *bf_g_temp_directory = NULL;
bf_g_point bf_g_origin = { 0, 0 };
int bf_g_table[4] = { 1, 2, 3, 4 };
void (*bf_g_free_hook)(void *memory) = free;
double bf_g_samples[] = { 0.5, 1.5, 2.5 };
int bf_g_sample_count = 3;

int bf_globals_touch(void)
{
    bf_g_origin.x += 1;
    bf_g_origin.y += 2;
    return ++bf_g_counter;
}

int bf_globals_sum(void)
{
    return bf_g_table[0] + bf_g_table[1] + bf_g_table[2] + bf_g_table[3];
}

int bf_globals_temp_length(void)
{
    return bf_g_temp_directory == NULL ? -1 : (int)strlen(bf_g_temp_directory);
}

int bf_globals_roundtrip(const char *text)
{
    size_t length = strlen(text);
    char *copy = malloc(length + 1);
    if (copy == NULL)
        return -1;
    memcpy(copy, text, length + 1);
    bf_g_free_hook(copy);
    return (int)length;
}

char *bf_globals_describe(void)
{
    char *text = malloc(32);
    if (text != NULL)
        snprintf(text, 32, "counter=%d", bf_g_counter);
    return text;
}

static int boxes_open = 0;

bf_g_box *bf_g_box_open(int value)
{
    int *box = malloc(sizeof *box);
    if (box == NULL)
        return NULL;
    *box = value;
    boxes_open++;
    return box;
}

int bf_g_box_value(bf_g_box *box)
{
    return *(int *)box;
}

void bf_g_box_close(bf_g_box *box)
{
    if (box == NULL)
        return;
    boxes_open--;
    free(box);
}

int bf_g_boxes_open(void)
{
    return boxes_open;
}
