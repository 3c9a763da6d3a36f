namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The stages of one safe method while <see cref="MethodPlanner"/> assembles them: each parameter's and the
/// return's marshalling adds lines to fixed stages, then <see cref="Build"/> freezes them into a
/// <see cref="CallPlan"/>. Internal to planning: nothing outside the planner sees a plan that is still changing.
/// </summary>
internal sealed class CallPlanBuilder(int nativeParameterCount) : IPlanSoFar
{
    /// <summary>The method's parameters and handed-back values, in C parameter order.</summary>
    public List<SafeParameter> Parameters { get; } = [];

    /// <summary>Argument validation (<c>ArgumentNullException.ThrowIfNull(text);</c>), before anything is acquired.</summary>
    public List<string> Checks { get; } = [];

    /// <summary>Acquisitions (handle leases, UTF-8 buffers, callback registrations) and other locals: handles for out
    /// values, empty-span targets.</summary>
    public List<SetupStep> Setup { get; } = [];

    /// <summary>Values computed from the arguments (lengths), after setup.</summary>
    public List<string> Marshal { get; } = [];

    /// <summary>The <c>fixed</c> statements (without a body) that pin managed memory for the call.</summary>
    public List<string> Pins { get; } = [];

    /// <summary>Lines inside the pins, before the call: struct field stores that need the pinned pointers.</summary>
    public List<string> PinnedMarshal { get; } = [];

    /// <summary>The C# argument expression of each C parameter, by index.</summary>
    public string?[] Arguments { get; } = new string?[nativeParameterCount];

    /// <summary>Right after the call: take ownership of what it produced (attach handles, copy and free strings).</summary>
    public List<string> Take { get; } = [];

    /// <summary>Right after <see cref="Take"/>: the borrowed views the call invalidated (<c>InvalidateBorrows();</c>); these never throw.</summary>
    public List<string> Invalidations { get; } = [];

    /// <summary>On failure, before throwing: undo what <see cref="Take"/> took.</summary>
    public List<string> OnError { get; } = [];

    /// <summary>On a failure the call reported (not on a callback's exception): free registrations the library did not
    /// take. After a callback ran, the library may hold its registration, so it is never freed on that path.</summary>
    public List<string> OnNativeError { get; } = [];

    /// <summary>After the call on every path: consumed handles, invalidated borrows, cleared struct fields.</summary>
    public List<string> Always { get; } = [];

    /// <summary>After a successful call: attach forever callbacks.</summary>
    public List<string> After { get; } = [];

    /// <summary>The thin type of the call's result when it is used (<c>int</c>, <c>byte*</c>); null to discard it.</summary>
    public string? ResultType { get; set; }

    /// <summary>A condition on <c>__result</c> (and locals) that means the call failed.</summary>
    public string? Failure { get; set; }

    /// <summary>The exception thrown on failure.</summary>
    public string? FailureException { get; set; }

    /// <summary>The method's own return (the C result converted), or null when the C result is void or consumed.</summary>
    public string? ReturnType { get; set; }

    /// <summary>The expression that <see cref="ReturnType"/> returns.</summary>
    public string? ReturnExpression { get; set; }

    /// <summary>A success code worth returning (a domain with several success values), unless a handed-back value is.</summary>
    public (string Type, string Expression)? CodeReturn { get; set; }

    /// <summary>The C return's documentation applies to <see cref="ReturnExpression"/>.</summary>
    public bool ReturnsNativeResult { get; set; }

    /// <summary>True when a callback can run during the call: its exception is rethrown after it.</summary>
    public bool HasCallbacks { get; set; }

    /// <summary>True when errno must be read right after the call (<c>errno: true</c>).</summary>
    public bool CapturesErrno { get; set; }

    /// <summary>The handles the call passes or hands out, in C parameter order: for messages, owners and parents.</summary>
    public List<HandleArgument> Handles { get; } = [];

    /// <summary>The element count of a returned buffer when a parameter carries it out (<c>length: param</c> on a return).</summary>
    public string? ReturnLength { get; set; }

    /// <summary>Diagnostics to report once for the function (id, message), whichever of its overloads found them.</summary>
    public List<PlanNote> Notes { get; } = [];

    /// <summary>Extra <c>&lt;remarks&gt;</c> text for the method's documentation.</summary>
    public List<string> Remarks { get; } = [];

    /// <summary>Exception types the method documents, with when they are thrown.</summary>
    public List<(string Type, string When)> Throws { get; } = [];

    /// <summary>What the method returns instead of the C result (an init's new struct object), whatever the return's
    /// marshalling chose.</summary>
    public (string Type, string Expression)? ReturnsInstead { get; set; }

    IReadOnlyList<string?> IPlanSoFar.Arguments => Arguments;

    IReadOnlyList<HandleArgument> IPlanSoFar.Handles => Handles;

    /// <summary>Adds one parameter's marshalling; its parameters keep the C order of <paramref name="position"/>.</summary>
    public void Add(ParamMarshalling marshalling, int position)
    {
        Parameters.AddRange(marshalling.Parameters.Select(p => p with { Position = position }));
        Checks.AddRange(marshalling.Checks);
        Setup.AddRange(marshalling.Setup);
        Marshal.AddRange(marshalling.Marshal);
        Pins.AddRange(marshalling.Pins);
        PinnedMarshal.AddRange(marshalling.PinnedMarshal);
        foreach (var (index, expression) in marshalling.Arguments)
            Arguments[index] = expression;
        Take.AddRange(marshalling.Take);
        OnError.AddRange(marshalling.OnError);
        OnNativeError.AddRange(marshalling.OnNativeError);
        Always.AddRange(marshalling.Always);
        After.AddRange(marshalling.After);
        Throws.AddRange(marshalling.Throws);
        Handles.AddRange(marshalling.Handles);
        Notes.AddRange(marshalling.Notes);
        HasCallbacks |= marshalling.HasCallbacks;
        ReturnLength = marshalling.ReturnLength ?? ReturnLength;
        ReturnsInstead = marshalling.ReturnsInstead ?? ReturnsInstead;
    }

    /// <summary>Adds the return's marshalling.</summary>
    public void Add(ReturnMarshalling marshalling)
    {
        Setup.AddRange(marshalling.Setup);
        Take.AddRange(marshalling.Take);
        OnError.AddRange(marshalling.OnError);
        Throws.AddRange(marshalling.Throws);
        Remarks.AddRange(marshalling.Remarks);
        Notes.AddRange(marshalling.Notes);
        ResultType = marshalling.ResultType;
        Failure = marshalling.Failure;
        FailureException = marshalling.FailureException;
        ReturnType = marshalling.ReturnType;
        ReturnExpression = marshalling.ReturnExpression;
        CodeReturn = marshalling.CodeReturn;
        ReturnsNativeResult = marshalling.ReturnsNativeResult;
    }

    /// <summary>The finished, immutable plan.</summary>
    public CallPlan Build()
    {
        var (returnType, returnExpression, returnsNative) = ReturnsInstead is { } instead
            ? (instead.Type, instead.Expression, false)
            : (ReturnType, ReturnExpression, ReturnsNativeResult);
        return new CallPlan
        {
            Parameters = [.. Parameters],
            Checks = [.. Checks],
            Setup = [.. Setup],
            Marshal = [.. Marshal],
            Pins = [.. Pins],
            PinnedMarshal = [.. PinnedMarshal],
            Arguments = [.. Arguments],
            Take = [.. Take],
            Invalidations = [.. Invalidations],
            OnError = [.. OnError],
            OnNativeError = [.. OnNativeError],
            Always = [.. Always],
            After = [.. After],
            ResultType = ResultType,
            Failure = Failure,
            FailureException = FailureException,
            ReturnType = returnType,
            ReturnExpression = returnExpression,
            CodeReturn = CodeReturn,
            ReturnsNativeResult = returnsNative,
            HasCallbacks = HasCallbacks,
            CapturesErrno = CapturesErrno,
            Handles = [.. Handles],
            ReturnLength = ReturnLength,
            Notes = [.. Notes],
            Remarks = [.. Remarks],
            Throws = [.. Throws],
        };
    }
}
