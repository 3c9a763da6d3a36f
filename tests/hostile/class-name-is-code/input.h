typedef struct h h;
h *h_new(void);
void h_free(h *p);
