using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>
/// Changes to one parameter's facts. Anything that changes the C# parameter (its type, whether it is there, its
/// name, whether null is allowed) breaks callers, except accepting null where it was refused, which is additive;
/// encodings, consumption and callback lifetimes change behaviour.
/// </summary>
internal static class ParamDiffer
{
    public static void Compare(BoundParam a, BoundParam b, string function, string? api, ChangeLog log)
    {
        var subject = $"{function} parameter `{b.Decl.Name}`";
        var at = b.Provenance.Location;
        log.Compare(a.Nullable, b.Nullable, b.Nullable ? ChangeKind.Additive : ChangeKind.Breaking, subject,
            n => n ? "nullable" : "non-nullable", api, at, b.Nullable ? "null is now accepted" : "passing null now throws ArgumentNullException");
        Out(a, b, subject, api, log);
        log.Compare(a.Owned?.Free?.Name, b.Owned?.Free?.Name, ChangeKind.Behaviour, subject, f => f is null ? "no free" : $"free `{f}`", api, at);
        log.Compare(a.String is null, b.String is null, ChangeKind.Breaking, subject, none => none ? "not a string" : "a string", api, at, "the C# parameter type changes");
        if (a.String is not null && b.String is not null)
            log.Compare(a.String, b.String, ChangeKind.Behaviour, subject, e => $"string: {FactText.Encoding(e)}", api, at, "text is encoded differently");
        log.Compare(a.Array, b.Array, ChangeKind.Breaking, subject, FactText.Array, api, at, "the C# parameter type changes");
        log.Compare(FactText.Length(a.Length), FactText.Length(b.Length), ChangeKind.Breaking, subject, l => l, api, at, "the parameter list changes");
        log.Compare(a.Element?.Spelling, b.Element?.Spelling, ChangeKind.Breaking, subject, e => e is null ? "no element type" : $"element {e}", api, at);
        log.Compare(a.Callback is null, b.Callback is null, ChangeKind.Breaking, subject, none => none ? "not a callback" : "a callback", api, at);
        if (a.Callback is { } ca && b.Callback is { } cb)
            log.Compare(ca.Scope, cb.Scope, ChangeKind.Behaviour, subject, s => $"callback scope {s.ToString().ToLowerInvariant()}", api, at, "how long the delegate is kept alive changes");
        log.Compare(a.Consumed, b.Consumed, ChangeKind.Behaviour, subject, c => c ? "consumed" : "not consumed", api, at, "who frees the argument changes");
        log.Compare(a.InOut, b.InOut, ChangeKind.Breaking, subject, i => i ? "inout" : "not inout", api, at);
        log.Compare(a.Value is null, b.Value is null, ChangeKind.Breaking, subject, none => none ? "asked for" : "fixed by `value`", api, at, "the parameter appears in or disappears from the C# signature");
        log.Compare(a.Name, b.Name, ChangeKind.Breaking, subject, n => $"C# name {FactText.Name(n)}", api, at, "named arguments break");
        log.Compare(string.Join(",", a.Fields), string.Join(",", b.Fields), ChangeKind.Breaking, subject, f => f.Length == 0 ? "no fields" : $"fields [{f}]", api, at);
        log.Compare(a.Provenance.Status, b.Provenance.Status, ChangeKind.Review, subject, s => $"status {FactText.Status(s)}", api, at);
    }

    private static void Out(BoundParam a, BoundParam b, string subject, string? api, ChangeLog log)
    {
        if (a.Out == b.Out)
            return;
        var kind = (a.Out, b.Out) switch
        {
            (OutKind.Borrowed, OutKind.Owned) => ChangeKind.Behaviour,
            _ => ChangeKind.Breaking,
        };
        var meaning = (a.Out, b.Out) switch
        {
            (OutKind.Owned, OutKind.Borrowed) => "the safe layer no longer frees what it hands out",
            (OutKind.Borrowed, OutKind.Owned) => "the safe layer now frees what it hands out",
            _ => "the C# parameter changes",
        };
        log.Add(kind, subject, $"{FactText.Out(a.Out)} → {FactText.Out(b.Out)}: {meaning}", api, b.Provenance.Location);
    }
}
