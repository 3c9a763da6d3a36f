using BindingForge.Contracts.Binding;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts.Tests;

/// <summary>Loads and binds contract text against <see cref="TestHeader"/>, and asserts diagnostics by id and position.</summary>
internal static class ContractTestKit
{
    public const string TestPath = "test.yaml";

    /// <summary>Four lines every test contract starts with; the test's own YAML starts on line 5.</summary>
    public const string Prefix = """
        bindingforge: 1
        library:
          name: testlib
          headers: [test.h]

        """;

    public static ContractLoadResult Load(string text) => ContractLoader.LoadText(text, TestPath);

    /// <summary>Loads <see cref="Prefix"/> + <paramref name="body"/> and binds it; returns load and bind diagnostics together.</summary>
    public static (BoundContract? Contract, IReadOnlyList<Diagnostic> Diagnostics) Bind(string body)
    {
        var load = Load(Prefix + body);
        if (load.Document is null)
            return (null, load.Diagnostics);
        var bound = ContractBinder.Bind(load.Document, TestHeader.Model);
        return (bound.Contract, [.. load.Diagnostics, .. bound.Diagnostics]);
    }

    /// <summary>Binds and asserts there are no diagnostics at all.</summary>
    public static BoundContract BindClean(string body)
    {
        var (contract, diagnostics) = Bind(body);
        Assert.True(diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", diagnostics));
        return contract!;
    }

    /// <summary>Asserts that exactly one diagnostic has <paramref name="id"/>, at <paramref name="line"/>:<paramref name="column"/>, and returns it.</summary>
    public static Diagnostic Single(IReadOnlyList<Diagnostic> diagnostics, string id, int line, int column)
    {
        var matching = diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count == 1, $"expected one {id}, got:\n" + string.Join("\n", diagnostics));
        var diagnostic = matching[0];
        Assert.Equal(TestPath, diagnostic.Location.File);
        Assert.True((line, column) == (diagnostic.Location.Line, diagnostic.Location.Column),
            $"expected {id} at ({line},{column}), got {diagnostic}");
        return diagnostic;
    }

    /// <summary>Line and column (1-based) of the first occurrence of <paramref name="needle"/> after <paramref name="after"/> in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Position(string text, string needle, string? after = null)
    {
        var start = after is null ? 0 : text.IndexOf(after, StringComparison.Ordinal);
        Assert.True(start >= 0, $"`{after}` not in the text");
        var index = text.IndexOf(needle, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"`{needle}` not in the text");
        var line = 1 + text[..index].Count(c => c == '\n');
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        return (line, index - lineStart + 1);
    }
}
