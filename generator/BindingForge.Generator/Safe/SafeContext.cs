using BindingForge.Generator.CSharp;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe;

/// <summary>
/// Everything the safe builders share for one run: the bound contract, the thin layer they call, the options, the
/// diagnostics, and the classes decided so far (handles, structs, error domains, callback types).
/// </summary>
internal sealed class SafeContext
{
    public SafeContext(BoundContract contract, ThinLayer thin, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        Contract = contract;
        Thin = thin;
        Options = options;
        Diagnostics = diagnostics;
        Names = new SafeNames(options, thin.Model.Functions.Select(f => f.Name).Where(thin.Has));
        Callbacks = new CallbackTypes(this);
    }

    public BoundContract Contract { get; }

    public ThinLayer Thin { get; }

    public GeneratorOptions Options { get; }

    public DiagnosticBag Diagnostics { get; }

    public SafeNames Names { get; }

    /// <summary>Handle classes that can be emitted, by C type key.</summary>
    public Dictionary<string, HandleInfo> Handles { get; } = new(StringComparer.Ordinal);

    /// <summary>Caller-allocated struct classes that can be emitted, by C type key.</summary>
    public Dictionary<string, StructInfo> Structs { get; } = new(StringComparer.Ordinal);

    /// <summary>Error domains, by contract key.</summary>
    public Dictionary<string, ErrorInfo> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>Delegate types and trampolines the callbacks need.</summary>
    public CallbackTypes Callbacks { get; }

    /// <summary>The safe static class (<c>Sqlite3</c>).</summary>
    public string StaticClass => GeneratedTypeNames.Static(Options);

    /// <summary>The internal class with the exception factories (<c>Sqlite3Errors</c>).</summary>
    public string ErrorsClass => GeneratedTypeNames.Errors(Options);

    /// <summary>The internal class with the callback trampolines (<c>Sqlite3Callbacks</c>).</summary>
    public string CallbacksClass => GeneratedTypeNames.Callbacks(Options);

    /// <summary>The run's threading enforcement as C#: <c>ThreadingEnforcement.Check</c>.</summary>
    public string Enforcement => RuntimeNames.Enums.ThreadingEnforcement + "." + Options.ThreadingChecks;

    /// <summary>True when some callback of the contract outlives its call (scope async, notified or forever).</summary>
    public bool HasLastingCallbacks => _lasting ??= Contract.Functions.Any(f => f.Parameters.Any(p => p.Callback is { Scope: not CallbackScope.Call }));

    private bool? _lasting;

    private HashSet<string>? _invalidating;

    /// <summary>True when a call of <paramref name="cName"/> invalidates borrowed views of its handle
    /// (it is listed in some <c>borrowed: { until: [...] }</c>).</summary>
    public bool InvalidatesBorrows(string cName)
    {
        _invalidating ??= [.. Contract.Functions
            .SelectMany(f => f.Parameters.Select(p => p.Borrowed).Append(f.Return.Borrowed))
            .OfType<BorrowedFact>()
            .SelectMany(b => b.Until.Select(u => u.Name))];
        return _invalidating.Contains(cName);
    }

    /// <summary>Type names taken in the generated namespace (classes, exceptions, delegates, the thin types).</summary>
    private readonly HashSet<string> _typeNames = new(StringComparer.Ordinal);

    /// <summary>Claims a type name in the namespace, appending a number when it is taken.</summary>
    public string ClaimTypeName(string wanted)
    {
        var name = wanted;
        for (var i = 2; !_typeNames.Add(name); i++)
            name = wanted + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    /// <summary>The type names member names must avoid: the generated classes bodies call into (<c>Sqlite3Native</c>,
    /// <c>Sqlite3Errors</c>, ...) and the imported types bodies name in expressions
    /// (<see cref="ImportedTypeNames.UsedInBodies"/>).</summary>
    public IEnumerable<string> TypeNames => GeneratedTypeNames.Fixed(Options, safe: true).Concat(ImportedTypeNames.UsedInBodies);

    /// <summary>Marks names as taken (the thin layer's types, classes decided up front).</summary>
    public void ReserveTypeNames(IEnumerable<string> names) => _typeNames.UnionWith(names);

    public HandleInfo? Handle(string? key) => key is not null && Handles.TryGetValue(key, out var info) ? info : null;

    public StructInfo? Struct(string? key) => key is not null && Structs.TryGetValue(key, out var info) ? info : null;

    /// <summary>
    /// The lease entry for a threading rule under the run's checks. <paramref name="reentrant"/> is false for a call
    /// no callback can re-enter and that does not consume the handle: an exclusive handle in check mode is then entered
    /// without recording the thread (<c>EnterExclusiveNoCallbacks</c>). On a readers-writer handle a call whose
    /// <paramref name="access"/> is <c>read</c> enters as a reader, any other as the writer.
    /// </summary>
    public string EnterMethod(HandleThreading threading, bool reentrant = true, HandleAccess access = HandleAccess.Mutate) => (threading, Options.ThreadingChecks) switch
    {
        (_, ThreadingChecks.None) => RuntimeNames.NativeHandle.EnterCounted,
        (HandleThreading.FreeThreaded, _) => RuntimeNames.NativeHandle.EnterCounted,
        (HandleThreading.Exclusive, ThreadingChecks.Lock) => RuntimeNames.NativeHandle.EnterLocked,
        (HandleThreading.Exclusive, _) => reentrant ? RuntimeNames.NativeHandle.EnterExclusive : RuntimeNames.NativeHandle.EnterExclusiveNoCallbacks,
        (HandleThreading.ReadersWriter, _) => access == HandleAccess.Read ? RuntimeNames.NativeHandle.EnterReader : RuntimeNames.NativeHandle.EnterWriter,
        _ => RuntimeNames.NativeHandle.EnterThreadAffine,
    };

    /// <summary>The runtime's <c>ThreadingMode</c> member for a threading rule.</summary>
    public static string ThreadingMode(HandleThreading threading) => RuntimeNames.Enums.ThreadingMode + "." + threading;

    /// <summary>The runtime's <c>ReleaseThread</c> member for a <c>release_on</c> fact.</summary>
    public static string ReleaseThreadMember(ReleaseThread releaseOn) => RuntimeNames.Enums.ReleaseThread + "." + releaseOn;
}
