namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The body of one safe method, as <see cref="MethodPlanner"/> assembled it from each parameter's and the return's
/// marshalling, frozen: <see cref="MethodEmitter"/> lays the stages out in one order:
/// <code>
/// checks; setup; marshal; fixed (pins) { result = call(arguments); take; invalidations;
///     if (failure) { error = ...; on-error; always; throw error; }
///     always; after; return ...; }
/// </code>
/// A plan that takes nothing after the call is laid out without <c>try/finally</c> (see <see cref="MethodEmitter"/>).
/// Checks run before anything is acquired, so a rejected argument never reaches native code.
/// </summary>
internal sealed record CallPlan
{
    /// <summary>The method's parameters and handed-back values, in C parameter order.</summary>
    public IReadOnlyList<SafeParameter> Parameters { get; init; } = [];

    /// <summary>Argument validation (<c>ArgumentNullException.ThrowIfNull(text);</c>), before anything is acquired.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Acquisitions (handle leases, UTF-8 buffers, callback registrations) and other locals: handles for out
    /// values, empty-span targets.</summary>
    public IReadOnlyList<SetupStep> Setup { get; init; } = [];

    /// <summary>Values computed from the arguments (lengths), after setup.</summary>
    public IReadOnlyList<string> Marshal { get; init; } = [];

    /// <summary>The <c>fixed</c> statements (without a body) that pin managed memory for the call.</summary>
    public IReadOnlyList<string> Pins { get; init; } = [];

    /// <summary>Lines inside the pins, before the call: struct field stores that need the pinned pointers.</summary>
    public IReadOnlyList<string> PinnedMarshal { get; init; } = [];

    /// <summary>The C# argument expression of each C parameter, by index.</summary>
    public IReadOnlyList<string?> Arguments { get; init; } = [];

    /// <summary>Right after the call: take ownership of what it produced (attach handles, copy and free strings).</summary>
    public IReadOnlyList<string> Take { get; init; } = [];

    /// <summary>Right after <see cref="Take"/>: the borrowed views the call invalidated (<c>InvalidateBorrows();</c>); these never throw.</summary>
    public IReadOnlyList<string> Invalidations { get; init; } = [];

    /// <summary>On failure, right after the exception was built (so it keeps the call's code and message) and before
    /// anything is released: the contract's <c>recover</c> call (<c>sqlite3_reset</c> after a failed step).</summary>
    public IReadOnlyList<string> Recovery { get; init; } = [];

    /// <summary>On failure, before throwing: undo what <see cref="Take"/> took.</summary>
    public IReadOnlyList<string> OnError { get; init; } = [];

    /// <summary>On a failure the call reported (not on a callback's exception): free registrations the library did not
    /// take. After a callback ran, the library may hold its registration, so it is never freed on that path.</summary>
    public IReadOnlyList<string> OnNativeError { get; init; } = [];

    /// <summary>After the call on every path: consumed handles, invalidated borrows, cleared struct fields.</summary>
    public IReadOnlyList<string> Always { get; init; } = [];

    /// <summary>After a successful call: attach forever callbacks.</summary>
    public IReadOnlyList<string> After { get; init; } = [];

    /// <summary>The thin type of the call's result when it is used (<c>int</c>, <c>byte*</c>); null to discard it.</summary>
    public string? ResultType { get; init; }

    /// <summary>A condition on <c>__result</c> (and locals) that means the call failed.</summary>
    public string? Failure { get; init; }

    /// <summary>The exception thrown on failure.</summary>
    public string? FailureException { get; init; }

    /// <summary>The method's own return (the C result converted), or null when the C result is void or consumed.</summary>
    public string? ReturnType { get; init; }

    /// <summary>The expression that <see cref="ReturnType"/> returns.</summary>
    public string? ReturnExpression { get; init; }

    /// <summary>A success code worth returning (a domain with several success values), unless a handed-back value is.</summary>
    public (string Type, string Expression)? CodeReturn { get; init; }

    /// <summary>The C return's documentation applies to <see cref="ReturnExpression"/>.</summary>
    public bool ReturnsNativeResult { get; init; }

    /// <summary>True when a callback can run during the call: its exception is rethrown after it.</summary>
    public bool HasCallbacks { get; init; }

    /// <summary>True when errno must be read right after the call (<c>errno: true</c>).</summary>
    public bool CapturesErrno { get; init; }

    /// <summary>The handles the call passes or hands out, in C parameter order: for messages, owners and parents.</summary>
    public IReadOnlyList<HandleArgument> Handles { get; init; } = [];

    /// <summary>The element count of a returned buffer when a parameter carries it out (<c>length: param</c> on a return).</summary>
    public string? ReturnLength { get; init; }

    /// <summary>Diagnostics to report once for the function (id, message), whichever of its overloads found them.</summary>
    public IReadOnlyList<PlanNote> Notes { get; init; } = [];

    /// <summary>Extra <c>&lt;remarks&gt;</c> text for the method's documentation.</summary>
    public IReadOnlyList<string> Remarks { get; init; } = [];

    /// <summary>Exception types the method documents, with when they are thrown.</summary>
    public IReadOnlyList<(string Type, string When)> Throws { get; init; } = [];
}
