using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BindingForge.Model;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// Finds gtk-doc comment blocks in C text (a header or a library's <c>.c</c> file) and reads their annotations:
/// <code>
/// /**
///  * foo_thing_new: (constructor)
///  * @name: (nullable): the name
///  *
///  * Returns: (transfer full): a new thing
///  */
/// </code>
/// A block documents the symbol its first line names; sections (<c>SECTION:x</c>), signals (<c>Type::sig</c>) and
/// properties (<c>Type:prop</c>) are not functions and are left out. Each target's location is its comment line.
/// </summary>
internal static partial class GtkDocScanner
{
    /// <summary>Every documented function of <paramref name="text"/>, read from <paramref name="file"/>.</summary>
    public static ImmutableArray<GiFunction> Scan(string file, string text)
    {
        var result = ImmutableArray.CreateBuilder<GiFunction>();
        int line = 1, counted = 0;
        foreach (Match block in Block().Matches(text))
        {
            line += Newlines(text, counted, block.Index);
            counted = block.Index;
            var firstLine = line;
            if (Read(file, firstLine, block.Groups[1].Value) is { } function)
                result.Add(function);
        }

        return result.ToImmutable();
    }

    /// <summary>Reads every file and scans it; a file that cannot be read is skipped (its path is in the result's second part).</summary>
    public static (ImmutableArray<GiFunction> Functions, ImmutableArray<string> Unreadable) ScanFiles(IEnumerable<string> files)
    {
        var functions = ImmutableArray.CreateBuilder<GiFunction>();
        var unreadable = ImmutableArray.CreateBuilder<string>();
        foreach (var file in files)
        {
            try
            {
                functions.AddRange(Scan(file, File.ReadAllText(file)));
            }
            catch (IOException)
            {
                unreadable.Add(file);
            }
            catch (UnauthorizedAccessException)
            {
                unreadable.Add(file);
            }
        }

        return (functions.ToImmutable(), unreadable.ToImmutable());
    }

    private static GiFunction? Read(string file, int firstLine, string body)
    {
        var lines = body.Split('\n').Select(l => CommentLead().Replace(l.TrimEnd('\r'), string.Empty)).ToList();
        var start = lines.FindIndex(l => l.Trim().Length > 0);
        if (start < 0 || Symbol().Match(lines[start]) is not { Success: true } symbol)
            return null;
        var symbolLine = firstLine + start;
        var (own, _) = AnnotationParser.Parse(lines[start][symbol.Length..]);
        var targets = ImmutableArray.CreateBuilder<GiTarget>();
        var index = 0;
        for (var i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Param().Match(line) is { Success: true } param)
            {
                var target = Target(param.Groups[1].Value, index++, new SourceLocation(file, firstLine + i, param.Index + 1), line[param.Length..]);
                if (target is not null)
                    targets.Add(target);
            }
            else if (Returns().Match(line) is { Success: true } returns)
            {
                var target = Target(null, -1, new SourceLocation(file, firstLine + i, returns.Index + 1), line[returns.Length..]);
                if (target is not null)
                    targets.Add(target);
            }
        }

        return new GiFunction(symbol.Groups[1].Value, new SourceLocation(file, symbolLine, 1), GiOrigin.Comment, targets.ToImmutable())
        {
            Skipped = own.Any(a => a.Name == "skip"),
        };
    }

    private static GiTarget? Target(string? parameter, int index, SourceLocation location, string text)
    {
        var (annotations, _) = AnnotationParser.Parse(text);
        if (annotations.IsEmpty)
            return null;
        var target = new GiTarget(parameter, index, location, string.Join(' ', annotations));
        foreach (var annotation in annotations)
            target = Apply(target, annotation);
        return target;
    }

    /// <summary>One annotation's meaning (GI's annotation reference).</summary>
    private static GiTarget Apply(GiTarget target, GiAnnotation a) => a.Name switch
    {
        "transfer" => target with { Transfer = a.Argument },
        "nullable" => target with { Nullable = true },
        "not nullable" => target with { Nullable = false },
        "allow-none" => target with { Nullable = true, Optional = target.Direction is "out" || target.Optional },
        "optional" => target with { Optional = true },
        "out" => target with { Direction = "out", CallerAllocates = a.Argument == "caller-allocates" },
        "in" => target with { Direction = "in" },
        "inout" or "in-out" => target with { Direction = "inout" },
        "array" => target with
        {
            IsArray = true,
            Length = a.Options.GetValueOrDefault("length"),
            ZeroTerminated = a.Options.GetValueOrDefault("zero-terminated") == "1",
            FixedSize = int.TryParse(a.Options.GetValueOrDefault("fixed-size"), out var size) ? size : null,
        },
        "scope" => target with { Scope = a.Argument },
        "closure" => target with { Closure = a.Argument ?? string.Empty },
        "destroy" => target with { Destroy = a.Argument ?? string.Empty },
        "type" => target with { TypeName = a.Argument },
        "element-type" => target with { ElementType = a.Arguments.IsEmpty ? null : a.Arguments[^1] },
        _ => target,
    };

    private static int Newlines(string text, int from, int to)
    {
        var count = 0;
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
                count++;
        }

        return count;
    }

    /// <summary>A doc comment: <c>/**</c> up to <c>*/</c> (not <c>/***</c> banners).</summary>
    [GeneratedRegex(@"/\*\*(?!\*)(.*?)\*/", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"^[ \t]*\*?[ \t]?")]
    private static partial Regex CommentLead();

    [GeneratedRegex(@"^\s*([A-Za-z_][A-Za-z0-9_]*)\s*:(?=\s|$)")]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^\s*@([A-Za-z_][A-Za-z0-9_]*|\.\.\.)\s*:")]
    private static partial Regex Param();

    [GeneratedRegex(@"^\s*(?:Returns|Return value|Return)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Returns();
}
