using System.Text;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Review.Inference.Draft;

namespace BindingForge.Review.Writing;

/// <summary>
/// Writes a draft contract as YAML in block style, one fact per line, each mapping closed by
/// <c>status: inferred</c>, its <c>source</c> and a <c>note</c> when there is something to say:
/// <code>
/// functions:
///   sqlite3_open:
///     params:
///       ppDb:
///         out: owned
///         status: inferred
///         source: "naming pair sqlite3_open/sqlite3_close"
/// </code>
/// Records which line states which fact (<see cref="LineMap"/>), for the verifier.
/// </summary>
internal sealed class DraftWriter
{
    private readonly StringBuilder _text = new();
    private readonly LineMap _map = new();
    private int _line = 1;

    public static (string Yaml, LineMap Lines) Write(DraftContract draft, IEnumerable<string> headerComment)
    {
        var writer = new DraftWriter();
        foreach (var comment in headerComment)
            writer.Line(0, "# " + comment);
        writer.Line(0, $"{DocumentKeys.Version.Key}: {DocumentKeys.CurrentVersion}");
        writer.Blank();
        LibraryWriter.Write(draft.Request, writer.Line);
        writer.Handles(draft);
        writer.Functions(draft);
        writer.FunctionMacros(draft);
        return (writer._text.ToString(), writer._map);
    }

    /// <summary>
    /// The header's function-like macros as commented entries: a macro has no C types, so the draft cannot state its
    /// signature; a reviewer fills in the types and uncomments it, and the C shim then wraps it as a function.
    /// </summary>
    private void FunctionMacros(DraftContract draft)
    {
        if (draft.FunctionMacros.IsEmpty)
            return;
        Blank();
        Line(0, "# Function-like macros of the headers: to bind one, uncomment it under functions: with the C types it takes");
        Line(0, "# and returns (placeholders `T` below), and the C shim wraps it as a function. Unlisted, they stay skipped (BF3015).");
        foreach (var macro in draft.FunctionMacros)
        {
            var parameters = string.Join(", ", macro.Parameters.Select(p => "T " + p));
            Line(0, $"#  {macro.Name}: {{ {FunctionKeys.Signature.Key}: {YamlText.Quoted($"T {macro.Name}({parameters})")}, {MetaKeys.Status.Key}: inferred }}");
        }
    }

    private void Handles(DraftContract draft)
    {
        if (draft.Handles.IsEmpty)
            return;
        Blank();
        Line(0, DocumentKeys.Handles.Key + ":");
        foreach (var handle in draft.Handles)
            Entry(1, handle, new FactPath(FactPath.HandlesSection, handle.Key, null, null));
    }

    private void Functions(DraftContract draft)
    {
        if (draft.Functions.IsEmpty)
            return;
        Blank();
        Line(0, DocumentKeys.Functions.Key + ":");
        foreach (var function in draft.Functions)
        {
            var path = new FactPath(FactPath.FunctionsSection, function.Name, null, null);
            Line(1, YamlText.Scalar(function.Name) + ":", path);
            foreach (var fact in function.Facts)
                Line(2, $"{fact.Key}: {fact.Yaml}", path with { Fact = fact.Key });
            if (!function.Facts.IsEmpty)
                Line(2, $"{MetaKeys.Status.Key}: {Spellings.Status.TextOf(FactStatus.Inferred)}", path);
            if (!function.Facts.IsEmpty)
                Line(2, MetaKeys.Source.Key + ": " + YamlText.Quoted(string.Join("; ", function.FactSources)), path);
            if (function.Returns is { } returns)
                Entry(2, returns with { Key = FunctionKeys.Returns.Key }, path with { Sub = FactPath.ReturnsKey });
            if (!function.Params.IsEmpty)
            {
                Line(2, FunctionKeys.Params.Key + ":", path);
                foreach (var parameter in function.Params)
                    Entry(3, parameter, path with { Sub = parameter.Key });
            }

            if (!function.Questions.IsEmpty)
                Line(2, MetaKeys.Note.Key + ": " + YamlText.Quoted("open questions: " + string.Join(" | ", function.Questions)), path);
        }
    }

    /// <summary>A mapping of facts; <paramref name="path"/> names the mapping (its fact is null).</summary>
    private void Entry(int depth, DraftEntry entry, FactPath path)
    {
        Line(depth, YamlText.Scalar(entry.Key) + ":", path);
        foreach (var fact in entry.Facts)
            Line(depth + 1, $"{fact.Key}: {fact.Yaml}", path with { Fact = fact.Key });
        Line(depth + 1, $"{MetaKeys.Status.Key}: {Spellings.Status.TextOf(FactStatus.Inferred)}", path);
        Line(depth + 1, MetaKeys.Source.Key + ": " + YamlText.Quoted(string.Join("; ", entry.Sources)), path);
        if (entry.NoteText() is { } note)
            Line(depth + 1, MetaKeys.Note.Key + ": " + YamlText.Quoted(note), path);
    }

    private void Line(int depth, string text) => Line(depth, text, null);

    private void Line(int depth, string text, FactPath? path)
    {
        if (path is not null)
            _map.Set(_line, path);
        _text.Append(' ', depth * 2).Append(text).Append('\n');
        _line++;
    }

    private void Blank() => Line(0, string.Empty);
}
