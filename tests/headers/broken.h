/* broken.h: a header with one syntax error, on line 6 (a missing comma between parameters). */
#ifndef BROKEN_H
#define BROKEN_H

struct broken_point { int x; int y; };
int broken_add(int a int b);

#endif
