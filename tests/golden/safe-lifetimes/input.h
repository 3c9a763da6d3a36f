/* Lifetime relations: a setter that stores a pointer, a callback per handle, a duplicate, a reset, an adopt that
 * takes its argument only on success, an append returning a possibly new head (see docs/contract-format.md). */
#include <stdint.h>

typedef struct list list;
typedef struct easy easy;
typedef int32_t (*write_fn)(void *data, const char *chunk);

list *list_new(void);
void list_free(list *l);
list *list_append(list *l, const char *text);
easy *easy_init(void);
void easy_cleanup(easy *e);
void easy_set_headers(easy *e, list *headers);
void easy_set_writer(easy *e, write_fn writer, void *data);
easy *easy_duphandle(easy *e);
void easy_reset(easy *e);
int32_t easy_take_list(easy *e, list *l);
