namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// One safe method while <see cref="MethodPlanner"/> assembles it: the parameters' marshallings summed in
/// planning order, the return's, and the function-level lines, frozen by <see cref="Build"/> into a
/// <see cref="CallPlan"/>. Internal to planning: a marshaller sees only <see cref="IPlanSoFar"/>.
/// </summary>
internal sealed class CallPlanBuilder(int nativeParameterCount) : IPlanSoFar
{
    private readonly string?[] _arguments = new string?[nativeParameterCount];
    private ParamMarshalling _parameters = ParamMarshalling.None;
    private ReturnMarshalling _return = ReturnMarshalling.None;

    public IReadOnlyList<string?> Arguments => _arguments;

    public IReadOnlyList<HandleArgument> Handles => _parameters.Handles;

    public string? ReturnLength => _parameters.ReturnLength;

    public bool CapturesErrno { get; init; }

    /// <summary>The borrowed views the call invalidates (<c>InvalidateBorrows();</c>).</summary>
    public List<string> Invalidations { get; } = [];

    /// <summary>Function-level setup, after the parameters' and the return's (a pool's <c>BeginClear();</c>).</summary>
    public List<string> ExtraSetup { get; } = [];

    /// <summary>Function-level lines after a successful call, after the parameters' (a moved object's <c>MoveTo(pool);</c>).</summary>
    public List<string> ExtraAfter { get; } = [];

    /// <summary>Function-level <c>&lt;remarks&gt;</c> (blocking, leaf), after the return's.</summary>
    public List<string> Remarks { get; } = [];

    /// <summary>True when a callback registered by an earlier call can run during this one.</summary>
    public bool MayCallBack { get; set; }

    /// <summary>Adds one parameter's marshalling; its parameters keep the C order of <paramref name="position"/>.</summary>
    public void Add(ParamMarshalling marshalling, int position)
    {
        _parameters += marshalling with { Parameters = [.. marshalling.Parameters.Select(p => p with { Position = position })] };
        foreach (var (index, expression) in marshalling.Arguments)
            _arguments[index] = expression;
    }

    /// <summary>Sets the return's marshalling.</summary>
    public void Add(ReturnMarshalling marshalling) => _return = marshalling;

    /// <summary>The finished, immutable plan; an init's struct object replaces the C result (<see cref="ParamMarshalling.ReturnsInstead"/>).</summary>
    public CallPlan Build()
    {
        var (p, r) = (_parameters, _return);
        var (returnType, returnExpression, returnsNative) = p.ReturnsInstead is { } instead
            ? (instead.Type, instead.Expression, false)
            : (r.ReturnType, r.ReturnExpression, r.ReturnsNativeResult);
        return new CallPlan
        {
            Parameters = p.Parameters,
            Checks = p.Checks,
            Setup = [.. p.Setup, .. r.Setup, .. ExtraSetup.Select(line => (SetupStep)line)],
            Marshal = p.Marshal,
            Pins = p.Pins,
            PinnedMarshal = p.PinnedMarshal,
            Arguments = [.. _arguments],
            Take = [.. p.Take, .. r.Take],
            Invalidations = [.. Invalidations],
            OnError = [.. p.OnError, .. r.OnError],
            Recovery = r.Recovery,
            OnNativeError = p.OnNativeError,
            Always = p.Always,
            After = [.. p.After, .. r.After, .. ExtraAfter],
            ResultType = r.ResultType,
            Failure = r.Failure,
            FailureException = r.FailureException,
            ReturnType = returnType,
            ReturnExpression = returnExpression,
            CodeReturn = r.CodeReturn,
            ReturnsNativeResult = returnsNative,
            HasCallbacks = p.HasCallbacks || MayCallBack,
            CapturesErrno = CapturesErrno,
            Handles = p.Handles,
            ReturnLength = p.ReturnLength,
            Notes = [.. p.Notes, .. r.Notes],
            Remarks = [.. r.Remarks, .. Remarks],
            Throws = [.. p.Throws, .. r.Throws],
        };
    }
}
