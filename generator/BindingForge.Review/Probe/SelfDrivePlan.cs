using System.Collections.Immutable;
using System.Text;
using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Review.Probe;

/// <summary>
/// The calls <c>probe</c> makes by itself (the driver's plan, format on runtime/probe/bfprobe-driver.c): each function
/// with an ownership fact whose every argument it can supply (a handle it created, an out slot, or a literal of the
/// contract's <c>probe: args</c>), creators first; then the free function of each owned value, then each handle's
/// release, children before parents. A function with an integer or string parameter and no hint is not called: the
/// probe never guesses an argument. Nothing is called that takes a handle over (<c>consumed:</c>) except a release.
/// </summary>
public sealed class SelfDrivePlan
{
    private const int Rounds = 4;

    private readonly BoundContract _contract;
    private readonly HeaderModel _header;
    private readonly ImmutableDictionary<string, ProbeHints> _hints;
    private readonly List<Diagnostic> _diagnostics;
    private readonly StringBuilder _text = new();
    private readonly Dictionary<string, int> _handles = [];
    private readonly List<(string Release, int Slot)> _releases = [];
    private readonly List<(string Free, int Slot)> _frees = [];
    private readonly HashSet<string> _planned = [];
    private int _slots = 1;

    private SelfDrivePlan(BoundContract contract, HeaderModel header, ContractDocument document, List<Diagnostic> diagnostics)
    {
        _contract = contract;
        _header = header;
        _diagnostics = diagnostics;
        _hints = document.Functions.Where(f => f.Probe is not null).GroupBy(f => f.CName.Value)
            .ToImmutableDictionary(g => g.Key, g => g.First().Probe!);
    }

    /// <summary>The functions the plan calls, in order.</summary>
    public ImmutableArray<string> Planned { get; private set; } = [];

    /// <summary>The plan's text for the driver.</summary>
    public string Text { get; private set; } = string.Empty;

    public static SelfDrivePlan Build(BoundContract contract, HeaderModel header, ContractDocument document, IEnumerable<string> libraries, ImmutableArray<ProbeFact> facts, List<Diagnostic> diagnostics)
    {
        var plan = new SelfDrivePlan(contract, header, document, diagnostics);
        foreach (var library in libraries)
            plan._text.Append("lib ").Append(library).Append('\n');
        var candidates = facts.Where(f => f.Kind != ProbeFactKind.Release).Select(f => f.Function)
            .Concat(plan._hints.Keys).Distinct().Select(contract.FindFunction).OfType<BoundFunction>().ToList();
        var order = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var function in candidates.Where(f => !plan._planned.Contains(f.CName)))
            {
                if (plan.TryPlan(function))
                    order.Add(function.CName);
            }
        }

        foreach (var (free, slot) in plan._frees)
            plan.Call(free, [$"v:{slot}"], verb: "free");
        foreach (var (release, slot) in Enumerable.Reverse(plan._releases))
            plan.Call(release, [$"v:{slot}"]);
        plan.Planned = [.. order, .. plan._frees.Select(f => f.Free), .. Enumerable.Reverse(plan._releases).Select(r => r.Release)];
        plan.Text = plan._text.ToString();
        return plan;
    }

    private bool TryPlan(BoundFunction function)
    {
        var decl = function.Decl;
        if (decl.IsVariadic || decl.NeedsShim || decl.Parameters.Length > 6 || function.Parameters.Any(p => p.Consumed)
            || !IsRegister(decl.ReturnType, allowVoid: true))
            return false;
        var hints = _hints.GetValueOrDefault(decl.Name);
        if (hints is not null && hints.Args.Length != decl.Parameters.Length)
        {
            Report(hints.Location, $"`probe: args` of {decl.Name} lists {hints.Args.Length} argument(s); the function has {decl.Parameters.Length}");
            _planned.Add(decl.Name);
            return false;
        }

        var args = new List<string>();
        var outs = new Dictionary<int, int>();
        foreach (var parameter in function.Parameters)
        {
            var hint = hints?.Args[parameter.Index];
            if (Argument(parameter, hint, outs) is not { } argument)
                return false;
            args.Add(argument);
        }

        var result = _slots++;
        Call(decl.Name, args, result);
        _planned.Add(decl.Name);
        Remember(function.Return.Handle, function.Return.Owned, result);
        foreach (var (index, slot) in outs)
            Remember(function.Parameters[index].Handle, function.Parameters[index].Owned, slot);
        return true;
    }

    private string? Argument(BoundParam parameter, ProbeArgument? hint, Dictionary<int, int> outs)
    {
        if (!IsRegister(parameter.Decl.Type, allowVoid: false))
            return null;
        switch (hint?.Kind)
        {
            case ProbeArgumentKind.Integer:
                return $"i:{hint.Integer}";
            case ProbeArgumentKind.Null:
                return "n";
            case ProbeArgumentKind.Text when _header.Resolve(parameter.Decl.Type) is PointerType:
                return "s:" + Convert.ToHexStringLower(Encoding.UTF8.GetBytes(hint.Text));
            case ProbeArgumentKind.Text:
                Report(hint.Location, $"`probe: args` gives {parameter.Decl.Name} a string, but it is not a pointer");
                return null;
        }

        if (parameter.Out is OutKind.Owned or OutKind.Borrowed)
        {
            outs[parameter.Index] = _slots;
            return $"o:{_slots++}";
        }

        return parameter.Handle is { } handle && _handles.TryGetValue(handle, out var slot) ? $"v:{slot}" : null;
    }

    /// <summary>An owned handle the call made becomes an argument for later calls and is released at the end; an owned
    /// value with a free function is freed.</summary>
    private void Remember(string? handle, OwnedFact? owned, int slot)
    {
        if (handle is not null && owned is not null)
        {
            _handles[handle] = slot;
            if (_contract.FindHandle(handle)?.Release is { } release)
                _releases.Add((release.Name, slot));
        }
        else if (owned?.Free is { } free)
        {
            _frees.Add((free.Name, slot));
        }
    }

    /// <summary>A plan line; the verb <c>free</c> makes the driver skip the call unless its argument is a heap block.</summary>
    private void Call(string function, IEnumerable<string> args, int slot = 0, string verb = "call") =>
        _text.Append(verb).Append(' ').Append(function).Append(' ').Append(slot).Append(args.Select(a => " " + a).Aggregate(string.Empty, string.Concat)).Append('\n');

    /// <summary>Integers, enums and pointers go in integer registers, which is all the driver passes.</summary>
    private bool IsRegister(CType type, bool allowVoid) => _header.Resolve(type) switch
    {
        PointerType or EnumRef => true,
        PrimitiveType { Kind: PrimitiveKind.Void } => allowVoid,
        PrimitiveType { Kind: var kind } => kind is not (PrimitiveKind.Float or PrimitiveKind.Double or PrimitiveKind.LongDouble
            or PrimitiveKind.Float16 or PrimitiveKind.Int128 or PrimitiveKind.UInt128),
        _ => false,
    };

    private void Report(SourceLocation location, string message) =>
        _diagnostics.Add(new Diagnostic(ContractDiagnosticIds.ProbeBadHint, DiagnosticSeverity.Error, message, location));
}
