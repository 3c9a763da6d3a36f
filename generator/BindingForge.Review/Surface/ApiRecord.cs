using System.Collections.Immutable;
using System.Text;

namespace BindingForge.Review.Surface;

/// <summary>
/// A reviewable record of the C surface a contract binds (the role PublicAPI.Shipped.txt plays for .NET libraries and
/// abidw's dump for distributions): the library name, the headers' version macros, every constant, enum and
/// enumerator, bound function (C and C# signature), record (size, alignment, every field's offset and C type) and
/// typedef, one item a line, grouped by kind and sorted ordinally inside each kind, so a text diff of two versions
/// is readable and the same headers always give the same bytes.
/// </summary>
public sealed record ApiRecord(ImmutableArray<ApiLine> Lines)
{
    /// <summary>The comment every written record starts with.</summary>
    public const string Heading = "# BindingForge API record: the C surface this contract binds, one item a line. Written by `bindingforge check --update-api`; review changes with `bindingforge diff`.";

    private ImmutableDictionary<(string, string), ApiLine>? _byId;

    /// <summary>An item by kind and key; null when the record has none.</summary>
    public ApiLine? Find(string kind, string key) =>
        (_byId ??= Lines.GroupBy(l => l.Id).ToImmutableDictionary(g => g.Key, g => g.First())).GetValueOrDefault((kind, key));

    /// <summary>The items of one kind, in record order.</summary>
    public IEnumerable<ApiLine> OfKind(string kind) => Lines.Where(l => l.Kind == kind);

    /// <summary>A record of these items, ordered as the file orders them, each with the line it has in <see cref="Text"/>.</summary>
    public static ApiRecord Of(IEnumerable<ApiLine> items)
    {
        var order = ApiKinds.All.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
        var sorted = items.DistinctBy(l => l.Id)
            .OrderBy(l => order.GetValueOrDefault(l.Kind, order.Count))
            .ThenBy(l => l.Key, StringComparer.Ordinal)
            .Select((l, i) => l with { Line = i + 2 }); // line 1 is the heading
        return new ApiRecord([.. sorted]);
    }

    /// <summary>The file's text: the heading, then one item a line, LF line ends.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Heading).Append('\n');
            foreach (var line in Lines)
                text.Append(line.Text).Append('\n');
            return text.ToString();
        }
    }
}
