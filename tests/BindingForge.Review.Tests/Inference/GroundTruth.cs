using System.Collections.Immutable;
using BindingForge.Contracts.Tests;
using YamlDotNet.RepresentationModel;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// A hand-checked ground truth file of tests/ground-truth: the headers to read, the handle/release pairs a reviewer
/// accepts (none for a type whose release a contract cannot name), and the ownership of every pointer-returning
/// function (<c>owned</c>, <c>borrowed</c>, <c>open</c> when the right draft asks, or <c>unknown</c>, not scored).
/// </summary>
internal sealed record GroundTruth(
    string Library,
    ImmutableArray<string> Headers,
    ImmutableArray<string> IncludeDirs,
    ImmutableDictionary<string, ImmutableArray<string>> Handles,
    ImmutableDictionary<string, string> Returns)
{
    public static string Folder => Path.Combine(RepositoryFiles.Root, "tests", "ground-truth");

    public static GroundTruth Load(string fileName)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, fileName)))
            stream.Load(reader);
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return new GroundTruth(
            Scalar(root, "library"),
            List(root, "headers"),
            List(root, "include_dirs"),
            Map(root, "handles").ToImmutableDictionary(e => e.Key, e => List(e.Value)),
            Map(root, "returns").ToImmutableDictionary(e => e.Key, e => ((YamlScalarNode)e.Value).Value!));
    }

    private static string Scalar(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static ImmutableArray<string> List(YamlMappingNode node, string key) => List(node[key]);

    private static ImmutableArray<string> List(YamlNode node) => [.. ((YamlSequenceNode)node).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static IEnumerable<(string Key, YamlNode Value)> Map(YamlMappingNode node, string key) =>
        ((YamlMappingNode)node[key]).Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value));
}
