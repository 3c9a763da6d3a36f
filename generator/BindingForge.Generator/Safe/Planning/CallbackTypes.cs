using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The callback delegate types and their <c>[UnmanagedCallersOnly]</c> trampolines, one pair per signature. The
/// delegate takes what <see cref="CallbackArguments"/> makes of the C arguments (no pointers where the contract knows
/// what they are) and leaves out the argument that hands the user data back; the trampoline looks the delegate up by that
/// user data (or by what <c>user_data_from</c>'s function returns for one of its arguments), calls it, and never lets an exception reach native frames (it is captured and rethrown after the
/// native call returns; the trampoline returns <c>default</c>):
/// <code>
/// [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
/// internal static int InvokeIntCallback(int arg0, void* arg1)
/// {
///     try { return CallbackRegistry.Get&lt;IntCallback&gt;((nint)arg1)(arg0); }
///     catch (Exception exception) { CallbackExceptionSlot.Capture(exception); return default; }
/// }
/// </code>
/// </summary>
internal sealed class CallbackTypes(SafeContext context)
{
    private readonly Dictionary<string, CallbackType> _bySignature = new(StringComparer.Ordinal);
    private readonly List<DelegateRender> _delegates = [];
    private readonly List<MethodRender> _trampolines = [];

    public IReadOnlyList<DelegateRender> Delegates => _delegates;

    /// <summary>The trampolines, members of the callbacks class, in the order their first use asked for them.</summary>
    public IReadOnlyList<MethodRender> Trampolines => _trampolines;

    /// <summary>The bridge for a callback parameter, created on first use; null when its signature cannot be expressed.</summary>
    public CallbackType? Get(ParamSite site, CallbackFact fact, bool once)
    {
        var signature = fact.Signature;
        if (signature.IsVariadic || signature.CallingConvention != CallingConvention.Cdecl || fact.UserDataArgument is not { } userData)
            return null;
        var parameters = signature.Parameters.Select(p => context.Thin.Map(p)).ToList();
        var result = context.Thin.MapReturn(signature.ReturnType);
        if (parameters.Any(p => !p.IsSupported) || !result.IsSupported || userData >= parameters.Count || !parameters[userData].IsPointer)
            return null;
        if (fact.UserDataFrom is { } from && !context.Thin.Has(from.Name))
            return null;

        var key = $"{string.Join(",", parameters.Select(p => p.Name))}->{result.Name}@{userData}{fact.UserDataFrom?.Name}|{BaseName(site)}";
        if (_bySignature.TryGetValue(key, out var known))
        {
            if (once)
                AddOnce(known);
            return known;
        }

        var name = context.ClaimTypeName(BaseName(site));
        var type = new CallbackType(name, "Invoke" + name, "Invoke" + name + "Once");
        var arguments = parameters.Select((p, i) => (Type: p.Name, Name: $"arg{i}")).ToList();
        // With user_data_from the user data comes from a call on an argument the delegate still needs (the context).
        var managed = CallbackArguments.Plan(context, fact, parameters, fact.UserDataFrom is null ? userData : null);
        var lookup = fact.UserDataFrom is { } function ? $"{context.Thin.Call(function.Name)}(arg{userData})" : $"arg{userData}";
        var safeResult = Conversions.SafeType(result);
        var isUnsafe = managed.Any(a => a.Type.Contains('*', StringComparison.Ordinal)) || safeResult.Contains('*', StringComparison.Ordinal);
        _delegates.Add(new DelegateRender(
            [
                $"/// <summary>The managed form of the C callback <c>{Docs.Escape(site.Param.Decl.Type.Spelling)}</c>; the library's user data is not passed.</summary>",
                .. managed.Any(a => a.End is not null)
                    ? ["/// <remarks>The library objects it is given are valid only during the call: using one after it returns throws ObjectDisposedException.</remarks>"]
                    : Array.Empty<string>(),
            ],
            name,
            $"public {(isUnsafe ? "unsafe " : "")}delegate {safeResult} {name}({string.Join(", ", managed.Select(a => $"{a.Type} {a.Name}"))})"));
        var invoke = $"{{0}}<{name}>((nint){lookup})({string.Join(", ", managed.Select(a => a.Expression))})";
        var call = result.Name == "void" || safeResult == result.Name ? invoke : Conversions.ToNative(invoke, result);
        _signatures[type] = (arguments, result.Name, call, managed);
        _trampolines.Add(Trampoline(type.Invoke, RuntimeNames.CallbackRegistry.Get, type));
        _bySignature[key] = type;
        if (once)
            AddOnce(type);
        return type;
    }

    private readonly Dictionary<CallbackType, (List<(string Type, string Name)> Arguments, string Result, string Call, List<CallbackArguments.Argument> Managed)> _signatures = [];
    private readonly HashSet<CallbackType> _withOnce = [];

    /// <summary>Adds the async trampoline of a type, once, right after its first use asked for it.</summary>
    private void AddOnce(CallbackType type)
    {
        if (_withOnce.Add(type))
            _trampolines.Add(Trampoline(type.InvokeOnce, RuntimeNames.CallbackRegistry.Take, type));
    }

    private MethodRender Trampoline(string name, string lookup, CallbackType type)
    {
        var (arguments, result, call, managed) = _signatures[type];
        return Trampoline(name, arguments, result, string.Format(System.Globalization.CultureInfo.InvariantCulture, call, lookup), result == "void", managed);
    }

    /// <summary>The delegate's name: the callback typedef's (<c>bf_int_callback</c> gives <c>IntCallback</c>), else
    /// the function's and the parameter's (<c>ExecCallback</c>).</summary>
    private string BaseName(ParamSite site)
    {
        if (site.Param.Decl.Type is TypedefRef typedef)
            return SafeNames.Pascal(context.Names.WithoutLibraryPrefix(typedef.Name));
        return SafeNames.Pascal(context.Names.WithoutLibraryPrefix(site.Function.Function.CName)) + SafeNames.Pascal(site.Param.Name ?? site.Param.Decl.Name);
    }

    /// <summary>One trampoline: prepares the delegate's arguments, calls the delegate <paramref name="call"/> finds, ends
    /// the borrows it handed out, and captures what it throws.</summary>
    private static MethodRender Trampoline(string name, List<(string Type, string Name)> arguments, string result, string call, bool isVoid,
        List<CallbackArguments.Argument> managed)
    {
        StatementRender invoke = $"{(isVoid ? "" : "return ")}{call};";
        var prepared = managed.Where(a => a.Prepare is not null).ToList();
        List<StatementRender> body = prepared.Count == 0
            ? [invoke]
            : [
                .. prepared.Select(a => (StatementRender)a.Prepare!),
                StatementRender.Block("try", [invoke]),
                StatementRender.Block("finally", [.. prepared.Select(a => (StatementRender)a.End!)]),
            ];
        return new(
            ["/// <summary>Called by native code; finds the delegate by its user data.</summary>"],
            ["[UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]"],
            name,
            $"internal static {result} {name}({string.Join(", ", arguments.Select(a => $"{a.Type} {a.Name}"))})",
            [
                StatementRender.Block("try", body),
                StatementRender.Block("catch (Exception exception)",
                [
                    $"{RuntimeNames.CallbackExceptionSlot.Capture}(exception);",
                    .. isVoid ? Array.Empty<StatementRender>() : ["return default;"],
                ]),
            ]);
    }
}
