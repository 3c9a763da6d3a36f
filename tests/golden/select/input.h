/* Include/exclude globs: selected functions pull in the types they use, even excluded ones. */

struct s_config {
    int level;
};

typedef struct s_handle s_handle;

struct s_unused {
    int nothing;
};

#define S_VERSION 3
#define S_DEBUG 1
#define OTHER_VALUE 9

s_handle *s_open(const struct s_config *config);
void s_close(s_handle *handle);
int s_internal_debug(s_handle *handle);
int other_function(void);
