using NJsonSchema;
using NJsonSchema.Validation;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary>contracts/bindingforge.schema.json accepts every contract of the repository and rejects broken ones.</summary>
public sealed class SchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(RepositoryFiles.SchemaPath)).GetAwaiter().GetResult());

    /// <summary>Every validation error, with the errors NJsonSchema nests under a parent's (oneOf, additionalProperties) flattened.</summary>
    private static List<ValidationError> Validate(string yaml) =>
        [.. Flatten(Schema.Value.Validate(YamlToJson.Convert(yaml)!.ToJsonString()))];

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child
            ? new[] { e }.Concat(Flatten(child.Errors.Values.SelectMany(v => v)))
            : [e]);

    private static IEnumerable<string> ContractNames() => RepositoryFiles.Contracts();

    public static TheoryData<string> RepositoryContracts() => [.. ContractNames()];

    [Fact]
    public void The_repository_has_contracts_to_validate()
    {
        Assert.Contains(Path.Combine("contracts", "sqlite3.yaml"), ContractNames());
        Assert.Contains(Path.Combine("contracts", "zlib.yaml"), ContractNames());
        Assert.Contains(Path.Combine("tests", "native", "fixture.yaml"), ContractNames());
    }

    [Theory]
    [MemberData(nameof(RepositoryContracts))]
    public void Every_repository_contract_validates(string relativePath)
    {
        var errors = Validate(File.ReadAllText(Path.Combine(RepositoryFiles.Root, relativePath)));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind} ({e.LineNumber})")));
    }

    [Fact]
    public void The_binder_test_contract_validates()
    {
        var errors = Validate(Prefix + "handles:\n  db: { class: Database, release: db_close, threading: exclusive }\n"
            + "functions:\n  db_open:\n    returns: { error: rc }\n    params:\n      out: { out: owned, parent: [d] }\n"
            + "      path: { string: utf8, length: null-terminated }\n  zs_init:\n    params:\n      size: { value: { sizeof: zs } }\n"
            + "      level: { value: -1 }\nstructs:\n  zs:\n    init: [zs_init]\n    cleanup: zs_end\n");

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("handles:\n  db:\n    relase: db_close\n", "relase")]
    [InlineData("handles:\n  db:\n    threading: exclusiv\n", "threading")]
    [InlineData("functions:\n  db_open:\n    params:\n      out: { out: own }\n", "out")]
    [InlineData("functions:\n  db_open:\n    leaf: yes\n", "leaf")]
    [InlineData("functions:\n  db_open:\n    params:\n      path: { length: { fixed: -1 } }\n", "length")]
    [InlineData("errors:\n  rc: { type: int }\n", "success")]
    [InlineData("structs:\n  zs: { class: ZStream }\n", "init")]
    [InlineData("bindingforge: 2\n", "bindingforge")]
    public void Broken_contracts_fail(string body, string path)
    {
        var text = body.StartsWith("bindingforge", StringComparison.Ordinal) ? body + Prefix[16..] : Prefix + body;

        var errors = Validate(text);

        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Kind != ValidationErrorKind.AdditionalPropertiesNotValid
            && ((e.Path ?? string.Empty).EndsWith(path, StringComparison.Ordinal) || e.Property == path));
    }

    [Fact]
    public void A_contract_without_library_fails()
    {
        Assert.Contains(Validate("bindingforge: 1\nhandles: {}\n"), e => e.Property == "library");
    }
}
