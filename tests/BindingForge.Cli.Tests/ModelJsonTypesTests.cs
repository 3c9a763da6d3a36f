using System.Reflection;
using System.Text.Json.Serialization;
using BindingForge.Cli.Reporting;
using BindingForge.Model.Header;
using Xunit;

namespace BindingForge.Cli.Tests;

/// <summary>
/// <c>--emit-model</c> writes through source-generated metadata (trimming-safe), so the model's polymorphic records are
/// listed by hand: these tests fail, naming the type, when the model gains a subtype the lists do not have.
/// </summary>
public class ModelJsonTypesTests
{
    private static readonly Type[] ModelTypes = typeof(HeaderModel).Assembly.GetTypes();

    [Fact]
    public void Every_concrete_subtype_of_an_abstract_model_record_is_listed()
    {
        var expected = ModelTypes.Where(t => t.IsClass && t.IsAbstract && !t.IsSealed)
            .Select(b => (Base: b, Derived: ModelTypes.Where(t => !t.IsAbstract && b.IsAssignableFrom(t)).Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList()))
            .Where(x => x.Derived.Count > 0)
            .ToDictionary(x => x.Base.FullName!, x => x.Derived);
        var listed = ModelJsonTypes.DerivedTypes.ToDictionary(p => p.Key.FullName!, p => p.Value.Select(t => t.FullName!).Order(StringComparer.Ordinal).ToList());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (baseType, derived) in expected)
            Assert.True(derived.SequenceEqual(listed[baseType]), $"{baseType}: ModelJsonTypes lists {string.Join(", ", listed[baseType])}; the model has {string.Join(", ", derived)}");
    }

    [Fact]
    public void Every_listed_subtype_has_source_generated_metadata()
    {
        var generated = typeof(ModelJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => (Type)a.ConstructorArguments[0].Value!)
            .ToHashSet();
        var missing = ModelJsonTypes.DerivedTypes.Values.SelectMany(t => t).Where(t => !generated.Contains(t)).Select(t => t.FullName).ToList();
        Assert.True(missing.Count == 0, $"add [JsonSerializable(typeof(...))] to ModelJsonContext for: {string.Join(", ", missing)}");
    }
}
