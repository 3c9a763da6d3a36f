namespace BindingForge.Review.Inference.Evidence;

/// <summary>The facts rules make claims about, and their values.</summary>
internal static class Facts
{
    /// <summary>Handle: the function that frees it.</summary>
    public const string Release = "release";

    /// <summary>Handle: the function that adds a reference.</summary>
    public const string Retain = "retain";

    /// <summary>Handle: <c>exclusive</c> when a comment says it is not thread-safe.</summary>
    public const string Threading = "threading";

    /// <summary>Return or out parameter: <see cref="Owned"/> or <see cref="Borrowed"/>.</summary>
    public const string Ownership = "ownership";

    /// <summary>Return or out parameter: the function that frees an owned value that is not a handle.</summary>
    public const string Free = "free";

    /// <summary>Borrowed return: a function whose call ends the value's life (several claims make a list).</summary>
    public const string Until = "until";

    /// <summary>Borrowed return or out value: the parameter it points into.</summary>
    public const string Of = "of";

    /// <summary>Return or parameter: text in this encoding.</summary>
    public const string String = "string";

    /// <summary>Return or parameter: <c>true</c> or <c>false</c>.</summary>
    public const string Nullable = "nullable";

    /// <summary>Parameter: which way data flows, from Doxygen (<c>in</c>, <c>out</c>, <c>inout</c>).</summary>
    public const string Direction = "direction";

    /// <summary>Parameter: <c>T**</c> out value (<c>owned</c>, <c>borrowed</c>) or <c>caller-allocates</c>.</summary>
    public const string Out = "out";

    /// <summary>Parameter: <c>in</c>, <c>out</c>, <c>inout</c> array.</summary>
    public const string Array = "array";

    /// <summary>Parameter: the parameter carrying the array's or string's length.</summary>
    public const string Length = "length";

    /// <summary>Parameter: element type of a <c>void*</c> array.</summary>
    public const string Element = "element";

    /// <summary>Parameter: the callee takes ownership (<c>true</c>).</summary>
    public const string Consumed = "consumed";

    /// <summary>Parameter: a pointer to a scalar the callee reads and writes (<c>true</c>).</summary>
    public const string InOut = "inout";

    public const string Owned = "owned";

    public const string Borrowed = "borrowed";
}
