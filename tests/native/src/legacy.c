#include "legacy.h"

static int calls;

int bf_legacy_sum(int a, int b)
{
    calls++;
    return a + b;
}

double bf_legacy_scale(double x, const bf_legacy_pair *pair)
{
    return x * (pair->left + pair->right);
}

int bf_legacy_calls(void)
{
    return calls;
}

int bf_legacy_modern(int value)
{
    return value * 2;
}
