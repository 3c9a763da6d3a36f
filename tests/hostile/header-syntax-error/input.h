int ok(void);
int broken(int x;
