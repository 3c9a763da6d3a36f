using System.Text.RegularExpressions;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// The phrases comment rules look for, in lower-case sentences. Each is a pattern of ordinary English that library
/// authors use for ownership, lifetime, nullability and threading; none names a library.
/// </summary>
internal static partial class Phrases
{
    /// <summary>"must be freed", "should be released", "has to be destroyed" ...: the value is the caller's to free.</summary>
    [GeneratedRegex(@"\b(must|should|shall|has to|have to|needs? to|is to|are to)\s+(later\s+|eventually\s+|then\s+|always\s+|explicitly\s+)?be\s+(freed|released|destroyed|disposed|deallocated|deleted|finalized|cleaned up)\b")]
    public static partial Regex MustBeFreed();

    /// <summary>A verb of freeing anywhere in the sentence ("deleting the statement using sqlite3_finalize()").</summary>
    [GeneratedRegex(@"\b(free|frees|freed|freeing|release|releases|released|releasing|destroy|destroys|destroyed|destroying|dispose|disposes|disposed|disposing|deallocate|deallocated|deleting|delete|deleted|leak|leaks|finalize|finalized)\b")]
    public static partial Regex FreeVerb();

    /// <summary>
    /// "the caller must free", "the calling function is responsible for deallocating", "newly allocated", "a newly
    /// referenced device", "caller owns", "allocates any memory necessary ... and returns a pointer" ...
    /// </summary>
    [GeneratedRegex(@"\b(caller|calling function|calling code|calling program|application|client|user)s?\s+((must|should|needs to|has to)\s+(later\s+|eventually\s+|then\s+)?(free|release|destroy|dispose|delete|deallocate|unref|drop)|(is|are)\s+responsible\s+(for|to)\s+(freeing|releasing|destroying|disposing|deleting|deallocating|dropping|unreferencing|free|release|destroy|dispose|delete|deallocate|drop|unref)|takes ownership|owns)\b|\b(newly|dynamically|freshly|heap)[- ](allocated|created|referenced)\b|\ballocates?\s+(any\s+memory\s+necessary|(and\s+initializes\s+)?(a|an)\s+(new\s+)?[a-z_ ]{0,40}(object|structure|context|state|string|storage|buffer|handle))\b|\bownership\s+(of\s+[^.]{1,40}\s+)?(is\s+)?(transferred|passed|passes|goes)\s+to\s+the\s+caller\b|\breturns?\s+(a|an)\s+(new|newly created|newly allocated|fresh)\s+(copy|string|object|instance|reference|handle|buffer)\b|\ballocated\s+(with|by|using)\s+malloc\b")]
    public static partial Regex CallerOwns();

    /// <summary>"do not free", "must not be freed", "owned by", "valid until", "static string", "freed automatically" ...</summary>
    [GeneratedRegex(@"\b(do not|don't|must not|should not|shall not|need not|never|cannot|can't|not necessary to|no need to)\s+(be\s+)?(attempt to\s+)?(free|freed|release|released|delete|deleted|deallocate|deallocated|dispose|disposed|destroy|destroyed|call free)\b|\b(is|are|remains?|stays?)\s+(owned|managed)\s+by\b|\bowned by the\b|\bbelongs? to the\b|\b(remains?|stays?|is|are)\s+valid\s+(only\s+)?(until|while|for as long as|as long as|for the lifetime)\b|\bvalid until\b|\bonly valid\b|\bno longer (point\s+to\s+)?(a\s+)?valid\b|\bnot\s+to\s+be\s+(freed|released|deallocated|destroyed|deleted)\b|\b(lifetime|life)\s+of\s+(this|the|that)\s+[a-z ]{1,20}\s+is\s+bound\s+to\b|\bbound\s+to\s+the\s+lifetime\b|\bno\s+additional\s+reference\b|\b(is|are)\s+not\s+referenced\b|\b(automatically\s+(freed|released|deallocated|destroyed|reclaimed)|(freed|released|deallocated|destroyed)\s+automatically)\b|\b(static|constant|read-only)\s+(string|buffer|storage|memory|text|array|pointer|table)\b|\binternal\s+(buffer|storage|string|pointer|array|table|copy)\b|\bpoint(s|er)?\s+(in)?to\s+(an?\s+)?internal\b|\bis invalidated\b|\b(does|do|will)\s+not\s+need\s+to\s+be\s+(freed|released|deleted|deallocated|disposed|destroyed)\b|\bautomatically\s+(frees|releases|deallocates|destroys|reclaims)\b|\breturns?\b[^.;]{0,60}\b(previous|prior)\s+(call|value|pointer|argument|p argument|setting|callback|hook)\b|\breturns?\s+a\s+copy\s+of\s+the\s+pointer\b")]
    public static partial Regex Borrowed();

    /// <summary>A sentence that takes back what a freeing verb says ("it is not necessary to dispose", "never freed").</summary>
    [GeneratedRegex(@"\b(not necessary|no need|need not|not need|do not|don't|must not|should not|never|is not required|are not required|need not be)\b")]
    public static partial Regex Negation();

    /// <summary>"X destroys", "X frees", "X are destructors for": a function named before it frees its argument.</summary>
    [GeneratedRegex(@"\b(destructors?|destroys|frees|releases|deallocates|disposes|deletes|closes|finalizes|cleans up|tears down)\b")]
    public static partial Regex Destroys();

    /// <summary>A comment that starts by saying what the function does to its argument: "Destroy the given index."</summary>
    [GeneratedRegex(@"^(free|frees|destroy|destroys|release|releases|dispose|disposes|delete|deletes|deallocate|deallocates|close|closes|finalize|finalizes|clean up|cleans up)\b")]
    public static partial Regex StartsWithRelease();

    /// <summary>"returns NULL", "NULL is returned", "or NULL": the return can be null.</summary>
    [GeneratedRegex(@"\b(returns?|returned|return value)\b[^.;]{0,80}\bnull\b|\bnull\b[^.;]{0,40}\b(is|will be|may be|can be|gets|be)\s+returned\b|\bor null\b|\bnull (if|on|when)\b")]
    public static partial Regex ReturnsNull();

    /// <summary>"out of memory", "on error", "fails", "memory allocation ...": the sentence is about a failure.</summary>
    [GeneratedRegex(@"\bout of memory\b|\b(on|an|any|if an?)\s+error\b|\berror occurs\b|\bon failure\b|\bfails?\b|\bfailed\b|\bmemory allocation\b|\bcannot allocate\b|\bunable to allocate\b|\binsufficient memory\b|\bnomem\b")]
    public static partial Regex Failure();

    /// <summary>"may be NULL", "can be NULL", "or NULL", "optional": a parameter that accepts null.</summary>
    [GeneratedRegex(@"\b(may|can|could|might)\s+(also\s+|optionally\s+)?be\s+(a\s+)?null\b|\bor null\b|\bif null\b|\bnull (is allowed|is accepted|is permitted|means|selects|for the default)\b|\boptional\b")]
    public static partial Regex AcceptsNull();

    /// <summary>"not thread-safe", "not safe to use from multiple threads", "must not be used concurrently".</summary>
    [GeneratedRegex(@"\bnot\s+(thread[- ]?safe)\b|\bnot\s+safe\s+to\s+(use|call|share)\s+(from|in|on|across|between)\s+(multiple|several|different|other)\s+threads\b|\b(must|should)\s+not\s+be\s+(used|called|shared|accessed)\s+(concurrently|simultaneously|from\s+(multiple|several|different|other)\s+threads)\b")]
    public static partial Regex NotThreadSafe();

    /// <summary>"returned by F", "obtained from F": names the function whose result the sentence is about.</summary>
    [GeneratedRegex(@"\b(returned|obtained|created|allocated|produced|given)\s+(by|from)\s+(a\s+(call|previous call)\s+to\s+)?$")]
    public static partial Regex ResultOf();

    /// <summary>"call X", "invoke X", "pass it to X", "use X": a deallocator named as something to call.</summary>
    [GeneratedRegex(@"\b(call|calling|invoke|invoking|use|using|pass\s+[^.;]{0,40}\s+to|passing\s+[^.;]{0,40}\s+to)\s+(the\s+)?$")]
    public static partial Regex CallBefore();

    /// <summary>"until": what follows names the calls that end a borrowed value's life.</summary>
    [GeneratedRegex(@"\buntil\b")]
    public static partial Regex Until();
}
