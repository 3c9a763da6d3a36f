namespace BindingForge.Generator.Safe;

/// <summary>
/// The ids of the safe emitter's diagnostics (BF3500-BF3999). Each has a page under <c>docs/diagnostics/</c>.
/// </summary>
internal static class SafeDiagnosticIds
{
    /// <summary>Error: the safe style was asked for without a contract.</summary>
    public const string NeedsContract = "BF3500";

    /// <summary>A function stays thin-only: a parameter or its return has no safe marshalling. Info for functions the
    /// contract does not list, warning for functions it does.</summary>
    public const string Uncovered = "BF3501";

    /// <summary>An ownership and direction combination the decision table does not know; the function stays thin-only.</summary>
    public const string OwnershipNotSupported = "BF3502";

    /// <summary>A generated member was renamed because its name was taken.</summary>
    public const string NameConflict = "BF3503";

    /// <summary>An error domain's message function cannot be called for a function; its exception carries the code only.</summary>
    public const string MessageUnreachable = "BF3504";

    /// <summary>A callback without <c>user_data</c> is exposed as a raw function pointer, not a delegate.</summary>
    public const string RawCallback = "BF3505";

    /// <summary>A contract entry names a function the thin layer did not bind (excluded by <c>select</c>, or unsupported).</summary>
    public const string NotInThinLayer = "BF3506";

    /// <summary>A <c>forever</c> callback on a function without a handle argument is kept alive for the whole process.</summary>
    public const string ForeverWithoutOwner = "BF3507";

    /// <summary>A handle or struct class cannot be emitted (its release, retain, init or cleanup is not bound); functions
    /// that use it stay thin-only.</summary>
    public const string ClassNotEmitted = "BF3508";

    /// <summary>A struct init function has no <c>error</c> fact: a failed init cannot be told from a successful one.</summary>
    public const string InitWithoutError = "BF3509";

    /// <summary>Two C functions would get the same safe method with the same parameters (error); the function stays thin-only.</summary>
    public const string MethodCollision = "BF3510";

    /// <summary>A free-threaded handle's error state has no usable <c>lock</c>: under concurrent calls a failure may carry
    /// another call's message.</summary>
    public const string UnguardedErrorState = "BF3520";

    /// <summary>A <c>null_may_be_error</c> return cannot be checked for a call (no argument leads to the handle holding
    /// the error state, or the domain's <c>code</c> is not bound): a NULL is returned as a value.</summary>
    public const string NullCheckUnreachable = "BF3521";

    /// <summary>A <c>recover</c> function cannot be called for a function (not bound, or the call consumes its handle):
    /// a failed call is not recovered.</summary>
    public const string RecoverUnreachable = "BF3522";

    /// <summary>An option enum (<c>options: enum:</c>) cannot be declared: its name is taken, or two forms give it different values.</summary>
    public const string OptionEnumConflict = "BF3523";

    /// <summary>Two C names would give one C# name where no suffix may settle it (error): two members of an enum, or an
    /// <c>enums:</c> entry named like another type. The contract renames one (<c>members:</c>, the key).</summary>
    public const string NameCollision = "BF3550";
}
