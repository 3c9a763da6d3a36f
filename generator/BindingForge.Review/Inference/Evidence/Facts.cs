using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Review.Inference.Evidence;

/// <summary>
/// The facts rules make claims about, and their values. A fact that a contract states under a key is named by
/// the key's vocabulary row; <see cref="Ownership"/> and <see cref="Direction"/> are claims only (the drafters turn
/// them into <c>owned</c>/<c>borrowed</c>/<c>out</c>/<c>array</c>).
/// </summary>
internal static class Facts
{
    /// <summary>Handle: the function that frees it.</summary>
    public static readonly string Release = HandleKeys.Release.Key;

    /// <summary>Handle: the function that adds a reference.</summary>
    public static readonly string Retain = HandleKeys.Retain.Key;

    /// <summary>Handle: <c>exclusive</c> when a comment says it is not thread-safe.</summary>
    public static readonly string Threading = HandleKeys.Threading.Key;

    /// <summary>Return or out parameter: <see cref="Owned"/> or <see cref="Borrowed"/>.</summary>
    public const string Ownership = "ownership";

    /// <summary>Return or out parameter: the function that frees an owned value that is not a handle.</summary>
    public static readonly string Free = ParamKeys.Free.Key;

    /// <summary>Borrowed return: a function whose call ends the value's life (several claims make a list).</summary>
    public static readonly string Until = BorrowedKeys.Until.Key;

    /// <summary>Borrowed return or out value: the parameter it points into.</summary>
    public static readonly string Of = BorrowedKeys.Of.Key;

    /// <summary>Return or parameter: text in this encoding.</summary>
    public static readonly string String = ParamKeys.String.Key;

    /// <summary>Return or parameter: <c>true</c> or <c>false</c>.</summary>
    public static readonly string Nullable = ParamKeys.Nullable.Key;

    /// <summary>An integer result that is a yes/no answer (<c>bool: true</c>).</summary>
    public static readonly string Bool = ReturnKeys.Bool.Key;

    /// <summary>Return: a NULL may also be a failure (<c>true</c>); drafted as an open question for <c>null_may_be_error</c>.</summary>
    public static readonly string NullMayBeError = ReturnKeys.NullMayBeError.Key;

    /// <summary>Parameter: which way data flows, from Doxygen (<c>in</c>, <c>out</c>, <c>inout</c>).</summary>
    public const string Direction = "direction";

    /// <summary>Parameter: <c>T**</c> out value (<c>owned</c>, <c>borrowed</c>) or <c>caller-allocates</c>.</summary>
    public static readonly string Out = ParamKeys.Out.Key;

    /// <summary>Parameter: <c>in</c>, <c>out</c>, <c>inout</c> array.</summary>
    public static readonly string Array = ParamKeys.Array.Key;

    /// <summary>Parameter: the parameter carrying the array's or string's length.</summary>
    public static readonly string Length = ParamKeys.Length.Key;

    /// <summary>Parameter: element type of a <c>void*</c> array.</summary>
    public static readonly string Element = ParamKeys.Element.Key;

    /// <summary>Parameter: the callee takes ownership (<c>true</c>).</summary>
    public static readonly string Consumed = ParamKeys.Consumed.Key;

    /// <summary>Parameter: a pointer to a scalar the callee reads and writes (<c>true</c>).</summary>
    public static readonly string InOut = ParamKeys.InOut.Key;

    /// <summary>Parameter: a callback's <c>{ scope, user_data, destroy }</c>, as one flow mapping.</summary>
    public static readonly string Callback = ParamKeys.Callback.Key;

    /// <summary>Out parameter: the callee accepts NULL for it (<c>true</c>).</summary>
    public static readonly string Optional = ParamKeys.Optional.Key;

    public static readonly string Owned = ParamKeys.Owned.Key;

    public static readonly string Borrowed = ParamKeys.Borrowed.Key;
}
