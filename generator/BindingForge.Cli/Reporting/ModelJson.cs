using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Cli.Reporting;

/// <summary>
/// <c>--emit-model FILE</c>: the header model after selection and the bound contract, as JSON, for bug reports and
/// for seeing what the generator worked from. Abstract model types are written with a <c>"kind"</c> discriminator.
/// </summary>
internal static class ModelJson
{
    private static readonly JsonSerializerOptions Options = new(ModelJsonContext.Default.Options)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = ModelJsonContext.Default.WithAddedModifier(AddDerivedTypes),
    };

    /// <summary>The document written: what was bound, from which headers and contract.</summary>
    internal sealed record Document(HeaderModel Header, BoundContract? Contract);

    public static void Write(string path, HeaderModel header, BoundContract? contract)
    {
        var json = JsonSerializer.Serialize(new Document(header, contract), (JsonTypeInfo<Document>)Options.GetTypeInfo(typeof(Document)));
        var temp = path + ".tmp";
        File.WriteAllText(temp, json + "\n");
        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Registers every concrete subtype of the model's abstract records, so a <c>CType</c> says which it is.</summary>
    private static void AddDerivedTypes(JsonTypeInfo info)
    {
        if (!ModelJsonTypes.DerivedTypes.TryGetValue(info.Type, out var derived))
            return;
        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "kind" };
        foreach (var type in derived.OrderBy(t => t.Name, StringComparer.Ordinal))
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
    }
}
