#include "variadic.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int bf_vformat(char *out, size_t cap, const char *types, ...)
{
    va_list args;
    va_start(args, types);
    size_t used = 0;
    out[0] = '\0';
    for (const char *t = types; *t != '\0' && used < cap; t++)
    {
        int n = 0;
        const char *sep = t == types ? "" : " ";
        switch (*t)
        {
        case 'i': n = snprintf(out + used, cap - used, "%si:%d", sep, va_arg(args, int)); break;
        case 'd': n = snprintf(out + used, cap - used, "%sd:%g", sep, va_arg(args, double)); break;
        case 'f': n = snprintf(out + used, cap - used, "%sf:%g", sep, va_arg(args, double)); break; /* promoted */
        case 'c': n = snprintf(out + used, cap - used, "%sc:%c", sep, (char)va_arg(args, int)); break; /* promoted */
        case 's': n = snprintf(out + used, cap - used, "%ss:%d", sep, (short)va_arg(args, int)); break; /* promoted */
        case 'p': n = snprintf(out + used, cap - used, "%sp:%s", sep, va_arg(args, const char *)); break;
        default: n = snprintf(out + used, cap - used, "%s?", sep); break;
        }
        if (n < 0)
            break;
        used += (size_t)n;
    }
    va_end(args);
    return (int)(used < cap ? used : cap - 1);
}

struct bf_settings
{
    int level;
    int retries;
    double scale;
    char name[32];
    char description[128];
};

bf_settings *bf_settings_new(void)
{
    bf_settings *settings = calloc(1, sizeof *settings);
    if (settings != NULL)
        settings->scale = 1.0;
    return settings;
}

void bf_settings_free(bf_settings *settings)
{
    free(settings);
}

bf_settings *bf_settings_new_at_(int level, int option)
{
    bf_settings *settings = bf_settings_new();
    if (settings != NULL)
        bf_settings_config(settings, option, level);
    return settings;
}

int bf_settings_config(bf_settings *settings, int option, ...)
{
    va_list args;
    va_start(args, option);
    int result = 0;
    switch (option)
    {
    case BF_OPT_LEVEL: settings->level = va_arg(args, int); break;
    case BF_OPT_RETRIES: settings->retries = va_arg(args, int); break;
    case BF_OPT_SCALE: settings->scale = va_arg(args, double); break;
    case BF_OPT_NAME:
        snprintf(settings->name, sizeof settings->name, "%s", va_arg(args, const char *));
        break;
    case BF_OPT_GET_LEVEL: *va_arg(args, int *) = settings->level; break;
    default: result = -1; break;
    }
    va_end(args);
    return result;
}

const char *bf_settings_describe(bf_settings *settings)
{
    snprintf(settings->description, sizeof settings->description, "level=%d retries=%d scale=%g name=%s",
             settings->level, settings->retries, settings->scale, settings->name);
    return settings->description;
}

int bf_vsum(int count, ...)
{
    va_list args;
    va_start(args, count);
    int sum = 0;
    for (int i = 0; i < count; i++)
        sum += va_arg(args, int);
    va_end(args);
    return sum;
}
