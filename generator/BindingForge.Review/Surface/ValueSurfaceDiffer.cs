namespace BindingForge.Review.Surface;

/// <summary>
/// Items that are one value each: constants (C# compiles <c>const</c> values into callers, so a changed value or type is
/// binary-breaking), typedefs (a changed underlying type changes every signature that uses it), and the library name.
/// Version macros are not changes of the API: they come back as the lines the report heads with.
/// </summary>
internal static class ValueSurfaceDiffer
{
    public static void Compare(ApiRecord a, ApiRecord b, SurfaceLog log)
    {
        Values(a, b, ApiKinds.Constant, "constant", Constant, log);
        Values(a, b, ApiKinds.Typedef, "typedef", _ => null, log);
        var (oldLibrary, newLibrary) = (a.OfKind(ApiKinds.Library).FirstOrDefault(), b.OfKind(ApiKinds.Library).FirstOrDefault());
        if (oldLibrary is not null && newLibrary is not null && oldLibrary.Key != newLibrary.Key)
            log.Add(SurfaceClass.BinaryBreaking, "library name", $"`{oldLibrary.Key}` → `{newLibrary.Key}`: the bindings load another native library", null, oldLibrary, newLibrary);
    }

    /// <summary><c>`SQLITE_VERSION` "3.40.1" → "3.45.0"</c> for each version macro that changed, appeared or went.</summary>
    public static IEnumerable<string> Versions(ApiRecord a, ApiRecord b)
    {
        foreach (var key in a.OfKind(ApiKinds.Version).Select(l => l.Key).Union(b.OfKind(ApiKinds.Version).Select(l => l.Key)).Order(StringComparer.Ordinal))
        {
            var (before, after) = (a.Find(ApiKinds.Version, key), b.Find(ApiKinds.Version, key));
            if (before?.Body != after?.Body)
                yield return $"`{key}` {Text(before)} → {Text(after)}";
        }
    }

    private static string Text(ApiLine? line) => line is null ? "(none)" : ApiBody.Value(line.Body);

    private static void Values(ApiRecord a, ApiRecord b, string kind, string noun, Func<ApiLine, string?> member, SurfaceLog log)
    {
        foreach (var before in a.OfKind(kind))
        {
            var subject = $"{noun} `{before.Key}`";
            if (b.Find(kind, before.Key) is not { } after)
                log.Add(SurfaceClass.SourceBreaking, subject, $"removed (it was {before.Body.Trim()})", member(before), before, null);
            else if (after.Body != before.Body)
                log.Add(SurfaceClass.BinaryBreaking, subject, $"changes: {before.Body.Trim()} → {after.Body.Trim()} (built code keeps the old {(kind == ApiKinds.Constant ? "value" : "type")})", member(after), before, after);
        }

        foreach (var after in b.OfKind(kind).Where(l => a.Find(kind, l.Key) is null))
            log.Add(SurfaceClass.Additive, $"{noun} `{after.Key}`", $"new ({after.Body.Trim()})", member(after), null, after);
    }

    /// <summary><c>FixtureNative.BF_OK</c> from <c> int | int FixtureNative.BF_OK = 0</c>.</summary>
    private static string? Constant(ApiLine line)
    {
        var csharp = ApiBody.CSharp(line);
        var end = csharp.IndexOf(" = ", StringComparison.Ordinal);
        var declaration = end < 0 ? csharp : csharp[..end];
        return declaration.LastIndexOf(' ') is var space and >= 0 ? declaration[(space + 1)..] : null;
    }
}
