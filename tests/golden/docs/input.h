/* Doc comments: Doxygen commands, plain blocks, XML special characters, keyword parameter names. */

/**
 * \brief Copies at most n bytes.
 *
 * Works like memcpy when a < b && b < c.
 *
 * \param[out] dest where the bytes go
 * \param[in] src where they come from
 * \param n how many; must be <= the size of both
 * \return dest
 */
void *d_copy(void *dest, const void *src, unsigned long n);

/*
 * A plain block comment, not Doxygen.
 *     It keeps its indented line.
 */
int d_plain(int value);

/// Triple-slash comment on a function
/// with two lines.
int d_triple(void);

/**
 * @param params a parameter named like a C# keyword
 * @param string another one
 * @returns params + string
 */
int d_keywords(int params, int string);

/** A struct with documented fields. */
struct d_documented {
    int count;    /**< How many & which. */
    char *name;   /**< The <name>. */
};

void d_use(struct d_documented *documented);

/* No comment at all follows. */

int d_bare(int x);
