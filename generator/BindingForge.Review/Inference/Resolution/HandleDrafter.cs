using System.Collections.Immutable;
using BindingForge.Contracts.Binding;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Writing;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Settles the <c>handles:</c> of a draft. A type gets an entry when something hands it out and a release function
/// was found for it, or when it is an opaque struct the functions only pass around (a borrowed-only handle).
/// </summary>
internal sealed class HandleDrafter(InferenceContext context, ClaimBoard claims)
{
    /// <summary>The handles drafted, by identity, with whether they have a release.</summary>
    public Dictionary<string, (HandleType Type, string? Release)> Drafted { get; } = new(StringComparer.Ordinal);

    public ImmutableArray<DraftEntry> Draft()
    {
        var entries = ImmutableArray.CreateBuilder<DraftEntry>();
        var classes = new HashSet<string>(StringComparer.Ordinal) { LibraryClass() };
        foreach (var handle in context.Handles.Values)
        {
            if (DraftOne(handle, classes) is { } entry)
                entries.Add(entry);
        }

        return entries.ToImmutable();
    }

    private DraftEntry? DraftOne(HandleType handle, HashSet<string> classes)
    {
        var subject = Subject.Handle(handle.Identity);
        var release = context.ProducersOf(handle).Count > 0 ? Release(handle, subject) : null;
        if (release is null && !IsBorrowedOnly(handle))
            return null;

        var builder = new EntryBuilder(handle.Key);
        if (release is null)
            builder.Add("class", ClassName(handle, classes), "opaque struct passed by pointer, and no function frees it: borrowed only", Confidence.Medium);
        else
            builder.AddName("class", ClassName(handle, classes));
        if (release is not null)
        {
            builder.Add(Facts.Release, YamlText.Scalar(release.Value), release);
            Alternatives(builder, subject, release.Value);
            if (FactResolver.Resolve(claims.About(subject, Facts.Retain)).Decision is { } retain && IsReleaseOf(retain.Value, handle))
                builder.Add(Facts.Retain, YamlText.Scalar(retain.Value), retain);
        }

        if (FactResolver.Resolve(claims.About(subject, Facts.Threading)).Decision is { } threading)
            builder.Add(Facts.Threading, threading.Value, threading);
        Drafted[handle.Identity] = (handle, release?.Value);
        return builder.Build();
    }

    /// <summary>
    /// Several functions may free the same handle (<c>sqlite3_close</c>, <c>sqlite3_close_v2</c>): they are alternatives,
    /// not a contradiction. The best supported wins; on a tie the newer variant (<c>_v2</c>), which libraries add to
    /// fix the original.
    /// </summary>
    private Decision? Release(HandleType handle, Subject subject)
    {
        var best = claims.About(subject, Facts.Release)
            .Where(c => IsReleaseOf(c.Value, handle))
            .GroupBy(c => c.Value)
            .Select(g => (Value: g.Key, Score: g.Max(c => c.Strength), Support: g.Select(c => c.Rule).Distinct().Count(), Claims: g.OrderByDescending(c => c.Strength).ToList()))
            .Where(v => v.Score >= Strength.Shape)
            .OrderByDescending(v => v.Score).ThenByDescending(v => v.Support).ThenByDescending(v => Version(v.Value)).ThenBy(v => v.Value, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.Claims is null)
            return null;
        var confidence = best.Score >= Strength.Phrase || best.Support >= 2 ? Confidence.High : Confidence.Medium;
        return new Decision(best.Value, confidence, [.. best.Claims.Select(c => c.Source).Distinct().Take(3)], null);
    }

    /// <summary>The variant number at the end of a name: <c>sqlite3_close_v2</c> is 2, <c>sqlite3_close</c> 0.</summary>
    private int Version(string function)
    {
        var last = context.Words(function).Words[^1];
        var digits = last.TrimStart('v');
        return NameWords.IsVariant(last) && int.TryParse(digits, out var n) ? n : 0;
    }

    /// <summary>Other release candidates a reviewer may prefer (<c>sqlite3_close</c> next to <c>sqlite3_close_v2</c>).</summary>
    private void Alternatives(EntryBuilder builder, Subject subject, string chosen)
    {
        var others = claims.About(subject, Facts.Release).Where(c => c.Value != chosen && c.Strength >= Strength.Shape).Select(c => c.Value).Distinct().ToList();
        if (others.Count > 0)
            builder.Note($"also frees it: {string.Join(", ", others)}");
    }

    /// <summary>The binder's rule: exactly one parameter, and it is a value of this handle.</summary>
    private bool IsReleaseOf(string function, HandleType handle) =>
        context.Header.FindFunction(function) is { Parameters.Length: 1, IsVariadic: false } decl
        && context.Types.HandleOfValue(decl.Parameters[0].Type)?.Identity == handle.Identity;

    /// <summary>An incomplete struct that selected functions take as an argument: only the library can make or free one.</summary>
    private bool IsBorrowedOnly(HandleType handle) =>
        handle.IsOpaque && context.Header.FindRecord(handle.Identity) is { IsComplete: false } && TakenAsArgument.Contains(handle.Identity);

    /// <summary>The identities of the handle types some selected function takes by value, found in one pass.</summary>
    private HashSet<string> TakenAsArgument => _takenAsArgument ??=
        [.. context.Functions.SelectMany(f => f.Parameters).Select(p => context.Types.HandleOfValue(p.Type)?.Identity).OfType<string>()];

    private HashSet<string>? _takenAsArgument;

    /// <summary>The key in PascalCase without the library's prefix (<c>sqlite3_stmt</c> gives <c>Stmt</c>), unique and not the library's own class.</summary>
    private string ClassName(HandleType handle, HashSet<string> taken)
    {
        var key = handle.Key;
        var prefix = context.Request.Library + "_";
        var trimmed = key.Length > prefix.Length && key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? key[prefix.Length..] : key;
        var name = Naming.PascalCase(trimmed);
        if (name.Length < 3 || taken.Contains(name))
            name = Naming.PascalCase(key);
        if (taken.Contains(name))
            name += "Handle";
        taken.Add(name);
        return name;
    }

    private string LibraryClass() => context.Request.ClassName ?? Naming.PascalCase(context.Request.Library);
}
