int f(void);
#define GOOD "ok"
#define MAGIC "before\0after"
