namespace BindingForge.Review.Inference.Evidence;

/// <summary>
/// How much a kind of evidence weighs, strongest first, in the order the issue ranks them: what the compiler sees
/// (attributes), what the type says (const), what the comment says in Doxygen commands, then in prose, then what
/// the names suggest, then what the shape of a signature suggests.
/// </summary>
internal static class Strength
{
    /// <summary>A Clang attribute: nullability, <c>ownership_*</c>, <c>malloc</c>.</summary>
    public const int Attribute = 100;

    /// <summary><c>const</c> on the pointee.</summary>
    public const int Const = 80;

    /// <summary>Doxygen <c>\param[in]</c>/<c>[out]</c>, <c>@return</c>.</summary>
    public const int Doxygen = 70;

    /// <summary>A phrase in the comment ("must be freed with", "do not free").</summary>
    public const int Phrase = 60;

    /// <summary>A naming pair (<c>x_new</c>/<c>x_free</c>).</summary>
    public const int NamingPair = 45;

    /// <summary>A verb in a name (<c>x_create</c>, <c>x_get</c>).</summary>
    public const int Naming = 40;

    /// <summary>The shape of a signature (<c>T**</c> last, <c>(ptr, len)</c>).</summary>
    public const int Shape = 30;

    /// <summary>A hint that alone is not worth a fact (<c>warn_unused_result</c> on a pointer).</summary>
    public const int Hint = 20;

    /// <summary>Evidence at or above this level is a real contradiction when it disagrees with the winner.</summary>
    public const int Contradiction = Shape;
}
