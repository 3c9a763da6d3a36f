using BindingForge.Review.Coverage;

namespace BindingForge.Review.Surface;

/// <summary>
/// Function items: removed (with the added function of the same C shape it was probably renamed to), added, and for
/// functions on both sides every parameter and return whose C type changed (binary-breaking: the same count of
/// arguments, other bytes), parameters renamed (source-breaking for named arguments) and C# imports that changed.
/// </summary>
internal static class FunctionSurfaceDiffer
{
    public static void Compare(ApiRecord a, ApiRecord b, Func<string, string?> safeMember, SurfaceLog log)
    {
        var (old, now) = (a.OfKind(ApiKinds.Function).ToList(), b.OfKind(ApiKinds.Function).ToList());
        var added = now.Where(l => a.Find(l.Kind, l.Key) is null).ToList();
        var renamedTo = new HashSet<string>(StringComparer.Ordinal);
        foreach (var before in old)
        {
            var member = Member(before, safeMember);
            if (b.Find(before.Kind, before.Key) is { } after)
            {
                Changed(before, after, member, log);
                continue;
            }

            var signature = FunctionSignature.Parse(before);
            var sameShape = added.Where(l => FunctionSignature.Parse(l).Shape == signature.Shape)
                .Select(l => new RenameSuggester.Candidate(l.Key, [.. FunctionSignature.Parse(l).Parameters.Select(p => p.Name)])).ToList();
            var names = signature.Parameters.Select(p => p.Name).Where(n => n.Length > 0).ToList();
            if (RenameSuggester.Suggest(before.Key, names, sameShape, anyDistance: true) is { } rename && renamedTo.Add(rename.Name))
            {
                var renamed = b.Find(ApiKinds.Function, rename.Name)!;
                log.Add(SurfaceClass.SourceBreaking, $"function `{before.Key}`", $"removed; `{rename.Name}` has the same C signature {signature.Shape}: renamed? `{Thin(before)}` → `{Thin(renamed)}`", member, before, renamed);
            }
            else
            {
                log.Add(SurfaceClass.SourceBreaking, $"function `{before.Key}`", $"removed: the headers no longer declare it; `{Thin(before)}` is gone (callers built before fail with EntryPointNotFoundException)", member, before, null);
            }
        }

        foreach (var after in added.Where(l => !renamedTo.Contains(l.Key)))
            log.Add(SurfaceClass.Additive, $"function `{after.Key}`", $"new function {FunctionSignature.Parse(after).Shape}, bound as `{Thin(after)}`", Member(after, safeMember), null, after);
    }

    private static void Changed(ApiLine before, ApiLine after, string member, SurfaceLog log)
    {
        if (before.Body == after.Body)
            return;
        var (a, b) = (FunctionSignature.Parse(before), FunctionSignature.Parse(after));
        var subject = $"function `{before.Key}`";
        if (a.IsBound != b.IsBound)
        {
            log.Add(a.IsBound ? SurfaceClass.SourceBreaking : SurfaceClass.Additive, subject,
                a.IsBound ? $"no longer bound by the thin layer: `{a.Member}` is gone" : $"now bound as `{b.Member}`", member, before, after);
            return;
        }

        var reported = log.Items.Count;
        if (a.Parameters.Length != b.Parameters.Length)
        {
            log.Add(SurfaceClass.BinaryBreaking, subject, $"now takes {b.Parameters.Length} parameter(s) instead of {a.Parameters.Length}: {a.Shape} → {b.Shape}", member, before, after);
        }
        else
        {
            for (var i = 0; i < a.Parameters.Length; i++)
                Parameter(i, a.Parameters[i], b.Parameters[i], subject, member, before, after, log);
        }

        if (a.Return != b.Return)
            log.Add(SurfaceClass.BinaryBreaking, subject, $"returns `{b.Return}` instead of `{a.Return}`", member, before, after);
        if (log.Items.Count == reported && a.CSharp != b.CSharp)
            log.Add(SurfaceClass.BinaryBreaking, subject, $"the C# import changes: `{a.CSharp}` → `{b.CSharp}`", member, before, after);
    }

    private static void Parameter(int index, (string Type, string Name) a, (string Type, string Name) b, string subject, string member, ApiLine before, ApiLine after, SurfaceLog log)
    {
        if (a.Type != b.Type)
            log.Add(SurfaceClass.BinaryBreaking, subject, $"parameter {index} `{b.Name}` is `{b.Type}` instead of `{a.Type}` (same parameter count: callers built before pass the old type)", member, before, after);
        if (a.Name != b.Name)
            log.Add(SurfaceClass.SourceBreaking, subject, $"parameter {index} is renamed `{a.Name}` → `{b.Name}` (C# callers using named arguments, and contract `params:` keys, must follow)", member, before, after);
    }

    /// <summary>The thin import, and the safe method when the contract binds one: <c>FixtureNative.bf_add, Fixture.Add</c>.</summary>
    private static string Member(ApiLine line, Func<string, string?> safeMember) => SafeMembers.Join(Thin(line), safeMember(line.Key));

    private static string Thin(ApiLine line) => FunctionSignature.Parse(line).Member ?? line.Key;
}
