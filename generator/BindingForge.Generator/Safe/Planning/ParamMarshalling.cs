using System.Collections.Immutable;
using BindingForge.Generator.Safe.Marshalling;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// What one parameter's marshalling adds to each stage of its method (see <see cref="CallPlan"/> for the stages),
/// or why it cannot (<see cref="Refusal"/>). Immutable: a marshaller returns one, pieces combine with <c>+</c>,
/// and <see cref="MethodPlanner"/> assembles them into the plan.
/// <code>
/// return leasing + new ParamMarshalling { Parameters = [parameter], Arguments = [(site.Index, $"(sqlite3*){lease}.Pointer")] };
/// </code>
/// </summary>
internal sealed record ParamMarshalling
{
    /// <summary>Nothing to add.</summary>
    public static readonly ParamMarshalling None = new();

    public ImmutableArray<SafeParameter> Parameters { get; init; } = [];

    public ImmutableArray<string> Checks { get; init; } = [];

    public ImmutableArray<SetupStep> Setup { get; init; } = [];

    public ImmutableArray<string> Marshal { get; init; } = [];

    public ImmutableArray<string> Pins { get; init; } = [];

    public ImmutableArray<string> PinnedMarshal { get; init; } = [];

    /// <summary>Argument expressions by C parameter index: its own, and those of the parameters it fills (a callback's
    /// user data and destroy notification).</summary>
    public ImmutableArray<(int Index, string Expression)> Arguments { get; init; } = [];

    public ImmutableArray<string> Take { get; init; } = [];

    public ImmutableArray<string> OnError { get; init; } = [];

    public ImmutableArray<string> OnNativeError { get; init; } = [];

    public ImmutableArray<string> Always { get; init; } = [];

    public ImmutableArray<string> After { get; init; } = [];

    public ImmutableArray<(string Type, string When)> Throws { get; init; } = [];

    /// <summary>The handles the parameter passes or hands out, for the parameters planned after it.</summary>
    public ImmutableArray<HandleArgument> Handles { get; init; } = [];

    public ImmutableArray<PlanNote> Notes { get; init; } = [];

    /// <summary>True when a callback can run during the call.</summary>
    public bool HasCallbacks { get; init; }

    /// <summary>The element count of the returned buffer, when this parameter carries it out.</summary>
    public string? ReturnLength { get; init; }

    /// <summary>What the method returns instead of the C result (an init's new struct object).</summary>
    public (string Type, string Expression)? ReturnsInstead { get; init; }

    /// <summary>Why the parameter cannot be marshalled: the function then stays thin-only.</summary>
    public StrategyFailure? Refusal { get; init; }

    /// <summary>The argument of the parameter itself.</summary>
    public static ParamMarshalling Argument(int index, string expression) => new() { Arguments = [(index, expression)] };

    /// <summary><c>ArgumentNullException.ThrowIfNull(name);</c>, documented.</summary>
    public static ParamMarshalling RejectsNull(string name) => new()
    {
        Checks = [$"ArgumentNullException.ThrowIfNull({name});"],
        Throws = [("ArgumentNullException", $"<paramref name=\"{SafeNames.Bare(name)}\"/> is null.")],
    };

    public static implicit operator ParamMarshalling(StrategyFailure failure) => new() { Refusal = failure };

    /// <summary>Both, stage by stage, <paramref name="a"/>'s lines first; the first failure wins.</summary>
    public static ParamMarshalling operator +(ParamMarshalling a, ParamMarshalling b) => new()
    {
        Parameters = a.Parameters.AddRange(b.Parameters),
        Checks = a.Checks.AddRange(b.Checks),
        Setup = a.Setup.AddRange(b.Setup),
        Marshal = a.Marshal.AddRange(b.Marshal),
        Pins = a.Pins.AddRange(b.Pins),
        PinnedMarshal = a.PinnedMarshal.AddRange(b.PinnedMarshal),
        Arguments = a.Arguments.AddRange(b.Arguments),
        Take = a.Take.AddRange(b.Take),
        OnError = a.OnError.AddRange(b.OnError),
        OnNativeError = a.OnNativeError.AddRange(b.OnNativeError),
        Always = a.Always.AddRange(b.Always),
        After = a.After.AddRange(b.After),
        Throws = a.Throws.AddRange(b.Throws),
        Handles = a.Handles.AddRange(b.Handles),
        Notes = a.Notes.AddRange(b.Notes),
        HasCallbacks = a.HasCallbacks || b.HasCallbacks,
        ReturnLength = b.ReturnLength ?? a.ReturnLength,
        ReturnsInstead = b.ReturnsInstead ?? a.ReturnsInstead,
        Refusal = a.Refusal ?? b.Refusal,
    };
}
