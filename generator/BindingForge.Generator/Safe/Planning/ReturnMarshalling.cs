using System.Collections.Immutable;
using BindingForge.Generator.Safe.Marshalling;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// What the return's marshalling gives its method (see <see cref="CallPlan"/> for the members): the result's
/// type, the failure test and its exception, what the method returns, and the lines that take the result, or why
/// it cannot (<see cref="Refusal"/>). Immutable, like <see cref="ParamMarshalling"/>.
/// </summary>
internal sealed record ReturnMarshalling
{
    /// <summary>Nothing to add: a <c>void</c> function.</summary>
    public static readonly ReturnMarshalling None = new();

    public ImmutableArray<SetupStep> Setup { get; init; } = [];

    public ImmutableArray<string> Take { get; init; } = [];

    public ImmutableArray<string> OnError { get; init; } = [];

    /// <summary>After a successful call, after the parameters' own: re-point a handle the call updated.</summary>
    public ImmutableArray<string> After { get; init; } = [];

    /// <summary>On a failure, right after the exception was built: the contract's <c>recover</c> call.</summary>
    public ImmutableArray<string> Recovery { get; init; } = [];

    public ImmutableArray<(string Type, string When)> Throws { get; init; } = [];

    public ImmutableArray<string> Remarks { get; init; } = [];

    public ImmutableArray<PlanNote> Notes { get; init; } = [];

    public string? ResultType { get; init; }

    public string? Failure { get; init; }

    public string? FailureException { get; init; }

    public string? ReturnType { get; init; }

    public string? ReturnExpression { get; init; }

    public (string Type, string Expression)? CodeReturn { get; init; }

    public bool ReturnsNativeResult { get; init; }

    /// <summary>Why the return cannot be marshalled: the function then stays thin-only.</summary>
    public StrategyFailure? Refusal { get; init; }

    public static implicit operator ReturnMarshalling(StrategyFailure failure) => new() { Refusal = failure };

    /// <summary>A NULL result throws <paramref name="exception"/> (documented).</summary>
    public ReturnMarshalling FailsOnNull(string exception) => this with
    {
        Failure = "__result == null",
        FailureException = exception,
        Throws = Throws.Add((RuntimeNames.NativeCallException.Type, "The function returned NULL.")),
    };
}
