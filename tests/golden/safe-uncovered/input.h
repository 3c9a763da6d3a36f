/* What the safe style leaves thin-only, and why: every function here is reported. */
typedef struct un_thing un_thing;
un_thing *un_thing_new(void);
void un_thing_free(un_thing *t);
void *un_thing_data(un_thing *t);
int un_thing_fill(un_thing *t, void *buffer);
const char *un_name(void);
char *un_owned_without_free(void);
int un_thing_callback(un_thing *t, int (*cb)(int));
int un_plain(int a);
