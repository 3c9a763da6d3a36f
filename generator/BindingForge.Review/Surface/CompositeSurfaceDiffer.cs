namespace BindingForge.Review.Surface;

/// <summary>
/// Records and enums: an owner line (<c>record bf_point struct size 8 align 4 | bf_point</c>) and member lines
/// (<c>record bf_point.x @0 int32_t</c>, <c>enum bf_kind.BF_KIND_OBJECT = 1</c>). A removed owner whose added
/// counterpart has the same shape (its C line and the multiset of member lines) is reported as a probable rename;
/// members are compared by name, and a removed and an added member with the same line are a probable rename too.
/// </summary>
internal static class CompositeSurfaceDiffer
{
    public static void Compare(ApiRecord a, ApiRecord b, CompositeKind kind, SafeMembers safe, SurfaceLog log)
    {
        var oldOwners = a.OfKind(kind.Kind).Where(l => l.Owner is null).ToList();
        var added = b.OfKind(kind.Kind).Where(l => l.Owner is null && a.Find(kind.Kind, l.Key) is null).ToList();
        var renamedTo = new HashSet<string>(StringComparer.Ordinal);
        foreach (var before in oldOwners)
        {
            var subject = $"{kind.Noun} `{before.Key}`";
            if (b.Find(kind.Kind, before.Key) is { } after)
            {
                Owner(before, after, subject, kind, Type(after, safe), log);
                Members(a, b, before.Key, ApiBody.CSharp(after), subject, kind, log);
                continue;
            }

            var shape = Shape(a, before);
            var renamed = MembersOf(a, kind.Kind, before.Key).Count == 0 ? null : added.Where(l => !renamedTo.Contains(l.Key) && Shape(b, l) == shape)
                .MinBy(l => Contracts.NameSuggester.Distance(before.Key, l.Key));
            if (renamed is not null)
            {
                renamedTo.Add(renamed.Key);
                log.Add(SurfaceClass.SourceBreaking, subject, $"removed; `{renamed.Key}` has the same {(kind.Kind == ApiKinds.Record ? "layout" : "enumerator values")}: renamed? `{ApiBody.CSharp(before)}` → `{ApiBody.CSharp(renamed)}`", Type(before, safe), before, renamed);
            }
            else
            {
                log.Add(SurfaceClass.SourceBreaking, subject, $"removed: the headers no longer declare it; `{ApiBody.CSharp(before)}` is gone", Type(before, safe), before, null);
            }
        }

        foreach (var after in added.Where(l => !renamedTo.Contains(l.Key)))
            log.Add(SurfaceClass.Additive, $"{kind.Noun} `{after.Key}`", $"new {kind.Noun} `{ApiBody.CSharp(after)}` ({ApiBody.C(after)})", Type(after, safe), null, after);
    }

    private static void Owner(ApiLine before, ApiLine after, string subject, CompositeKind kind, string members, SurfaceLog log)
    {
        var (oldC, newC) = (ApiBody.C(before), ApiBody.C(after));
        if (oldC != newC)
            log.Add(SurfaceClass.BinaryBreaking, subject, kind.Header(oldC, newC), members, before, after);
        if (ApiBody.CSharp(before) != ApiBody.CSharp(after))
            log.Add(SurfaceClass.SourceBreaking, subject, $"the C# type is renamed: `{ApiBody.CSharp(before)}` → `{ApiBody.CSharp(after)}`", members, before, after);
    }

    /// <summary>The thin type, and the safe class that wraps it (by model name, else by its C# name, which is the typedef's).</summary>
    private static string Type(ApiLine owner, SafeMembers safe) =>
        SafeMembers.Join(ApiBody.CSharp(owner), safe.Type(owner.Key) ?? safe.Type(ApiBody.CSharp(owner)));

    private static void Members(ApiRecord a, ApiRecord b, string owner, string csharp, string subject, CompositeKind kind, SurfaceLog log)
    {
        var (old, now) = (MembersOf(a, kind.Kind, owner), MembersOf(b, kind.Kind, owner));
        var added = now.Where(m => a.Find(m.Kind, m.Key) is null).ToList();
        var renamedTo = new HashSet<string>(StringComparer.Ordinal);
        foreach (var before in old)
        {
            var memberSubject = $"{subject} {kind.MemberNoun} `{before.Member}`";
            var member = $"{csharp}.{before.Member}";
            if (b.Find(before.Kind, before.Key) is { } after)
            {
                if (after.Body != before.Body)
                    log.Add(SurfaceClass.BinaryBreaking, memberSubject, kind.Member(before.Body.Trim(), after.Body.Trim()), member, before, after);
                continue;
            }

            if (added.FirstOrDefault(m => m.Body == before.Body && !renamedTo.Contains(m.Key)) is { } renamed)
            {
                renamedTo.Add(renamed.Key);
                log.Add(SurfaceClass.SourceBreaking, memberSubject, $"renamed? `{before.Member}` → `{renamed.Member}` ({before.Body.Trim()} kept)", member, before, renamed);
            }
            else
            {
                log.Add(SurfaceClass.SourceBreaking, memberSubject, $"removed (it was {before.Body.Trim()})", member, before, null);
            }
        }

        foreach (var after in added.Where(m => !renamedTo.Contains(m.Key)))
            log.Add(SurfaceClass.Additive, $"{subject} {kind.MemberNoun} `{after.Member}`", $"new {kind.MemberNoun} ({after.Body.Trim()})", $"{csharp}.{after.Member}", null, after);
    }

    private static List<ApiLine> MembersOf(ApiRecord record, string kind, string owner) =>
        [.. record.OfKind(kind).Where(l => l.Owner == owner)];

    /// <summary>The owner's C line and its members' lines, sorted: equal shapes are the same layout (or values) under another name.</summary>
    private static string Shape(ApiRecord record, ApiLine owner) =>
        ApiBody.C(owner) + "\n" + string.Join("\n", MembersOf(record, owner.Kind, owner.Key).Select(m => m.Body).Order(StringComparer.Ordinal));
}
