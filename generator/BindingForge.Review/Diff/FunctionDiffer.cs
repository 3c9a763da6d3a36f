using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Review.Coverage;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes per C function: whether it is in the safe API and under which name (a method removed or renamed breaks
/// callers; a function newly covered is additive), then its return and parameter facts, then call facts (access, leaf,
/// blocking, errno). Facts of a function the safe layer binds in neither version change no API: review only.
/// </summary>
internal static class FunctionDiffer
{
    public static void Compare(SafeApi a, SafeApi b, ChangeLog log)
    {
        var names = a.Binding.Contract.Functions.Select(f => f.CName).Union(b.Binding.Contract.Functions.Select(f => f.CName));
        var (formsA, formsB) = (FormsOf(a), FormsOf(b));
        foreach (var name in names)
        {
            var (before, after) = (a.Function(name), b.Function(name));
            var (oldMember, newMember) = (a.MemberOf(name), b.MemberOf(name));
            var at = Location(after, before, b, a, name);
            var subject = $"`{name}`";
            if (oldMember is not null && newMember is null)
                log.Add(ChangeKind.Breaking, subject, $"`{oldMember}` is removed from the safe API: {WhyNot(b, after, name)}", oldMember, at);
            else if (oldMember is null && newMember is not null)
                log.Add(ChangeKind.Additive, subject, before is null ? $"new function, bound as `{newMember}`" : $"now covered: bound as `{newMember}`", newMember, at);
            else if (oldMember is not null && oldMember != newMember)
                log.Add(ChangeKind.Breaking, subject, $"renamed: `{oldMember}` → `{newMember}`", newMember, at);

            if (before is null || after is null || (oldMember is null) != (newMember is null))
                continue; // entering or leaving the safe API is the change; its facts are new or gone with it
            log.Demoted = oldMember is null && newMember is null;
            Facts(before, after, subject, newMember ?? oldMember, at, log);
            Forms(formsA.GetValueOrDefault(name) ?? [], formsB.GetValueOrDefault(name) ?? [], name, newMember ?? oldMember, at, log);
            log.Demoted = false;
        }
    }

    /// <summary>
    /// The forms of a variadic function, paired by their place in <c>forms:</c>: one added is additive, one removed
    /// breaks its callers; a pair is compared as functions are (the first pair already was), and by its options,
    /// whose values decide which calls the safe overload accepts.
    /// </summary>
    private static void Forms(List<BoundFunction> before, List<BoundFunction> after, string name, string? api, SourceLocation at, ChangeLog log)
    {
        for (var i = 0; i < Math.Max(before.Count, after.Count); i++)
        {
            var subject = $"`{name}` form {i + 1}";
            if (i >= after.Count)
            {
                log.Add(ChangeKind.Breaking, subject, "removed: its overload is gone", api, at);
                continue;
            }

            if (i >= before.Count)
            {
                log.Add(ChangeKind.Additive, subject, $"new form ({FormText(after[i])})", api, at);
                continue;
            }

            if (i > 0)
                Facts(before[i], after[i], subject, api, at, log);
            if (FormText(before[i]) != FormText(after[i]) && before[i].Parameters.Length == after[i].Parameters.Length)
                log.Add(ChangeKind.Breaking, subject, $"now ({FormText(after[i])}) instead of ({FormText(before[i])})", api, at);
            var (oldOptions, newOptions) = (OptionsText(before[i].Options), OptionsText(after[i].Options));
            if (oldOptions != newOptions)
            {
                var narrowed = before[i].Options is { } o && (after[i].Options is not { } n || o.Values.Any(v => !n.Values.Any(w => w.Value == v.Value)) || o.EnumName != n.EnumName);
                log.Add(narrowed ? ChangeKind.Breaking : ChangeKind.Behaviour, subject,
                    $"options {oldOptions} → {newOptions}", api, at);
            }
        }
    }

    /// <summary>The forms of each variadic function of a side, by C name, in <c>forms:</c> order.</summary>
    private static Dictionary<string, List<BoundFunction>> FormsOf(SafeApi side) => side.Binding.Contract.Functions
        .Where(f => f.Decl.Wrapper is { Kind: Model.Header.ShimWrapperKind.VariadicForm })
        .GroupBy(f => f.CName, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(f => f.Decl.Wrapper!.Form).ToList(), StringComparer.Ordinal);

    private static string FormText(BoundFunction form) => string.Join(", ", form.Decl.Parameters.Select(p => p.Type.Spelling));

    private static string OptionsText(BoundOptions? options) => options is null ? "any"
        : $"[{string.Join(", ", options.Values.Select(v => v.Symbol ?? v.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]" + (options.EnumName is { } e ? $" as `{e}`" : "");

    private static void Facts(BoundFunction a, BoundFunction b, string subject, string? api, SourceLocation at, ChangeLog log)
    {
        ReturnDiffer.Compare(a.Return, b.Return, subject, api, log);
        PoolDiffer.Compare(a, b, subject, api, at, log);
        LifetimeDiffer.Compare(a, b, subject, api, at, log);
        if (a.Parameters.Length == b.Parameters.Length)
        {
            for (var i = 0; i < a.Parameters.Length; i++)
                ParamDiffer.Compare(a.Parameters[i], b.Parameters[i], subject, api, log);
        }
        else
        {
            log.Add(ChangeKind.Breaking, subject, $"the C function now takes {b.Parameters.Length} parameter(s) instead of {a.Parameters.Length}", api, at);
        }

        log.Compare(a.Signature, b.Signature, FunctionKeys.Signature.Diff!, subject, api, at);
        log.Compare(a.Skip?.Reason, b.Skip?.Reason, FunctionKeys.Skip.Diff!, subject, api, at);
        log.Compare(a.Leaf, b.Leaf, FunctionKeys.Leaf.Diff!, subject, api, at);
        log.Compare(a.NoCallbacks, b.NoCallbacks, FunctionKeys.NoCallbacks.Diff!, subject, api, at);
        log.Compare(FactText.Access(a.Access), FactText.Access(b.Access), FunctionKeys.Access.Diff!, subject, api, at);
        log.Compare(a.Blocking, b.Blocking, FunctionKeys.Blocking.Diff!, subject, api, at);
        log.Compare(a.Errno, b.Errno, FunctionKeys.Errno.Diff!, subject, api, at);
        log.Compare(a.Recover?.Name, b.Recover?.Name, FunctionKeys.Recover.Diff!, subject, api, at);
        log.Compare(a.TakesErrorLock, b.TakesErrorLock, FunctionKeys.ErrorLock.Diff!, subject, api, at);
        log.Compare(FactText.Status(a.Provenance.Status), FactText.Status(b.Provenance.Status), MetaKeys.Status.Diff!, subject, api, at);
    }

    /// <summary>Why a function is not in the newer safe API.</summary>
    private static string WhyNot(SafeApi side, BoundFunction? function, string name)
    {
        if (function is null)
            return side.Side.Header.FindFunction(name) is null ? "the header no longer declares it" : "the contract's selection no longer includes it";
        if (function.Skip is { } skip)
            return skip.Reason is null ? "it is now `skip`ped" : $"it is now skipped ({skip.Reason})";
        if (!side.IsSelected(name))
            return "the contract's selection no longer includes it";
        return $"no fact covers {string.Join(", ", PointerPieces.Uncovered(function, side.Shape))} any more";
    }

    private static SourceLocation Location(BoundFunction? after, BoundFunction? before, SafeApi b, SafeApi a, string name)
    {
        if (b.Binding.Listed.Contains(name) && after is not null)
            return after.Provenance.Location;
        if (a.Binding.Listed.Contains(name) && before is not null)
            return before.Provenance.Location;
        return b.Binding.Contract.Library.Location;
    }
}
