using BindingForge.Contracts.Vocabulary;
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
        log.Compare(a.Nullable, b.Nullable, ParamKeys.Nullable.Diff!, subject, api, at);
        Out(a, b, subject, api, log);
        log.Compare(a.Owned?.Free?.Name, b.Owned?.Free?.Name, ParamKeys.Free.Diff!, subject, api, at);
        log.Compare(a.String is not null, b.String is not null, ParamKeys.String.Diff!, subject, api, at);
        if (a.String is not null && b.String is not null)
            log.Compare(FactText.Encoding(a.String), FactText.Encoding(b.String), ParamKeys.Encoding, subject, api, at);
        log.Compare(Spelled(a.Array), Spelled(b.Array), ParamKeys.Array.Diff!, subject, api, at);
        log.Compare(FactText.Length(a.Length), FactText.Length(b.Length), ParamKeys.Length.Diff!, subject, api, at);
        log.Compare(a.Element?.Spelling, b.Element?.Spelling, ParamKeys.Element.Diff!, subject, api, at);
        log.Compare(a.Callback is not null, b.Callback is not null, ParamKeys.Callback.Diff!, subject, api, at);
        if (a.Callback is { } ca && b.Callback is { } cb)
            log.Compare(CallbackKeys.Scope.Spelling.TextOf(ca.Scope), CallbackKeys.Scope.Spelling.TextOf(cb.Scope), CallbackKeys.Scope.Diff!, subject, api, at);
        log.Compare(a.Consumed, b.Consumed, ParamKeys.Consumed.Diff!, subject, api, at);
        log.Compare(a.InOut, b.InOut, ParamKeys.InOut.Diff!, subject, api, at);
        log.Compare(a.Value is not null, b.Value is not null, ParamKeys.Value.Diff!, subject, api, at);
        log.Compare(FactText.Name(a.Name), FactText.Name(b.Name), ParamKeys.Name.Diff!, subject, api, at);
        log.Compare(string.Join(",", a.Fields), string.Join(",", b.Fields), ParamKeys.Fields.Diff!, subject, api, at);
        log.Compare(FactText.Status(a.Provenance.Status), FactText.Status(b.Provenance.Status), MetaKeys.Status.Diff!, subject, api, at);
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

    private static string? Spelled(ArrayDirection? direction) => direction is { } d ? Spellings.Array.TextOf(d) : null;
}
