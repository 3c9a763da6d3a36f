/* Macro constants of every kind; function-like and non-constant macros are not bound. */

#define M_INT 42
#define M_NEGATIVE (-42)
#define M_INT_MIN (-2147483647 - 1)
#define M_UNSIGNED 42u
#define M_UINT_MAX 0xFFFFFFFFu
#define M_LONG 42L
#define M_ULONG 42UL
#define M_LONGLONG (1LL << 40)
#define M_ULLONG_MAX 0xFFFFFFFFFFFFFFFFULL
#define M_HEX 0x7F
#define M_CHAR 'A'
#define M_EXPRESSION (M_INT * 2 + 1)
#define M_FLOAT 1.5f
#define M_DOUBLE 3.25
#define M_SMALL 1e-300
/** The library's name. */
#define M_STRING "macros"
#define M_ESCAPES "tab\tquote\"backslash\\"
#define M_UTF8 "h\xc3\xa9llo"
#define M_NOT_UTF8 "\xff\xfe"
#define M_EMPTY_STRING ""
#define M_NULL ((void *)0)

typedef void (*m_destructor)(void *);
#define M_STATIC ((m_destructor)0)
#define M_TRANSIENT ((m_destructor)-1)

#define M_FUNCTION_LIKE(x) ((x) * 2)
#define M_NOTHING
#define M_CALL m_version()

/* A macro named like a C# keyword. */
#define string 7

int m_version(void);
void m_free(void *data, m_destructor destructor);
