/** Twice x. */
int __attribute__((overloadable)) o_twice(int x);
/** Twice x, in double precision. */
double __attribute__((overloadable)) o_twice(double x);
/** A redeclaration: the same overload, read once. */
int __attribute__((overloadable)) o_twice(int x);
/** Long and long long differ in C# too (CLong, long). */
long __attribute__((overloadable)) o_twice(long x);
long long __attribute__((overloadable)) o_twice(long long x);

/** char and unsigned char are both byte in C#: the second is refused (BF3005). */
int __attribute__((overloadable)) o_byte(char c);
int __attribute__((overloadable)) o_byte(unsigned char c);

/** const does not survive in C#: the second is refused. */
int __attribute__((overloadable)) o_len(int *p);
int __attribute__((overloadable)) o_len(const int *p);

/** A single overloadable function is still mangled. */
void __attribute__((overloadable)) o_single(float f);

struct o_point { int x, y; };
/** Records and pointers mangle by name. */
int __attribute__((overloadable)) o_area(struct o_point p);
int __attribute__((overloadable)) o_area(const struct o_point *p);

/** An asm label names the symbol too. */
int o_labeled(int x) __asm__("o_real_symbol");
