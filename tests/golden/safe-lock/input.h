/* Threading checks `lock`: exclusive handles serialise their calls; thread-affine ones still check. */
typedef struct lk_queue lk_queue;
typedef struct lk_view lk_view;
lk_queue *lk_queue_new(void);
void lk_queue_free(lk_queue *q);
int lk_queue_push(lk_queue *q, int value);
lk_view *lk_view_new(void);
void lk_view_free(lk_view *v);
int lk_view_draw(lk_view *v);
