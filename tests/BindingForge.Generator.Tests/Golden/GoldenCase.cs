using System.Collections.Immutable;
using System.Text.Json;

namespace BindingForge.Generator.Tests.Golden;

/// <summary>
/// One folder under <c>tests/golden/</c>: <c>input.h</c> (or the headers <c>options.json</c> names), optional
/// <c>options.json</c> (<c>library</c>, <c>class</c>, <c>namespace</c>, <c>headers</c>, <c>include</c>, <c>exclude</c>,
/// <c>defines</c>, <c>threadingChecks</c>), an optional <c>contract.yaml</c> (then the safe style is generated too), and the
/// expectations <c>expected.thin.cs</c>, <c>expected.safe.cs</c> (with a contract) and <c>expected.diagnostics.txt</c>.
/// </summary>
public sealed record GoldenCase(string Name, string Directory)
{
    public const string ThinFile = "expected.thin.cs";
    public const string SafeFile = "expected.safe.cs";
    public const string ContractFile = "contract.yaml";
    public const string DiagnosticsFile = "expected.diagnostics.txt";

    /// <summary>The folder holding the cases: <c>tests/golden</c> of the repository this test runs from.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Every case folder, by name.</summary>
    public static IEnumerable<string> Names() =>
        System.IO.Directory.GetDirectories(Root).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static GoldenCase Load(string name) => new(name, Path.Combine(Root, name));

    /// <summary>The generator options of the case; paths are resolved against the case folder.</summary>
    public GeneratorOptions Options()
    {
        var file = Path.Combine(Directory, "options.json");
        var json = File.Exists(file) ? JsonDocument.Parse(File.ReadAllText(file)).RootElement : default;
        string Text(string key, string fallback) =>
            json.ValueKind == JsonValueKind.Object && json.TryGetProperty(key, out var v) ? v.GetString()! : fallback;
        ImmutableArray<string> List(string key, params string[] fallback) =>
            json.ValueKind == JsonValueKind.Object && json.TryGetProperty(key, out var v)
                ? [.. v.EnumerateArray().Select(e => e.GetString()!)]
                : [.. fallback];

        var contract = Path.Combine(Directory, ContractFile);
        return new GeneratorOptions
        {
            ContractPath = HasContract ? contract : null,
            Style = HasContract ? BindingStyle.Safe : BindingStyle.Thin,
            ThreadingChecks = Enum.Parse<ThreadingChecks>(Text("threadingChecks", "Check"), ignoreCase: true),
            Headers = [.. List("headers", "input.h").Select(h => Path.GetFullPath(Path.Combine(Directory, h)))],
            Library = Text("library", Name.Replace('-', '_')),
            ClassName = Text("class", "Golden"),
            Namespace = Text("namespace", "Golden.Cases"),
            Include = List("include"),
            Exclude = List("exclude"),
            Defines = List("defines"),
        };
    }

    /// <summary>True when the case has a <c>contract.yaml</c>: it generates the safe style too (<c>expected.safe.cs</c>).</summary>
    public bool HasContract => File.Exists(Path.Combine(Directory, ContractFile));

    public override string ToString() => Name;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "golden");
            if (System.IO.Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("tests/golden not found above " + AppContext.BaseDirectory);
    }
}
