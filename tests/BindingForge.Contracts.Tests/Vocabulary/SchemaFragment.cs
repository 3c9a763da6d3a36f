using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>The JSON Schema property a row asks for, written the way contracts/bindingforge.schema.json writes its properties: a starting point to paste.</summary>
internal static class SchemaFragment
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(KeyRow row)
    {
        List<string> parts = [$"\"description\": {Json(row.Doc)}", .. Shape(row.Value)];
        if (row.Default is { } value)
            parts.Add($"\"default\": {(value is "true" or "false" ? value : Json(value))}");
        return "{ " + string.Join(", ", parts) + " }";
    }

    private static IEnumerable<string> Shape(ValueShape shape) => shape switch
    {
        FlagShape => ["\"type\": \"boolean\""],
        IntegerShape { Minimum: { } minimum } => ["\"type\": \"integer\"", $"\"minimum\": {minimum}"],
        IntegerShape => ["\"type\": \"integer\""],
        EnumShape e => [$"\"enum\": [{string.Join(", ", e.Spellings.Select(Json))}]"],
        SymbolShape { Kind: SymbolKind.Function } => ["\"$ref\": \"#/definitions/functionName\""],
        SymbolShape { Kind: SymbolKind.Parameter } => ["\"$ref\": \"#/definitions/paramName\""],
        SymbolShape { Kind: SymbolKind.CSharpIdentifier } => ["\"$ref\": \"#/definitions/identifier\""],
        SymbolShape { Kind: SymbolKind.CType or SymbolKind.Constant } => ["\"$ref\": \"#/definitions/cName\""],
        ListShape l => ["\"type\": \"array\"", "\"items\": { " + string.Join(", ", Shape(l.Item)) + " }"],
        MappingShape m => ["\"type\": \"object\"", "\"additionalProperties\": false", $"\"properties\": {{ {Properties(m.Table)} }}"],
        EntriesShape e => ["\"type\": [\"object\", \"null\"]", $"\"additionalProperties\": {{ \"type\": \"object\", \"additionalProperties\": false, \"properties\": {{ {Properties(e.Entry)} }} }}"],
        OneOfShape o => ["\"oneOf\": [" + string.Join(", ", o.Choices.Select(c => "{ " + string.Join(", ", Shape(c)) + " }")) + "]"],
        _ => ["\"type\": \"string\""],
    };

    private static string Properties(KeyTable table) => string.Join(", ", table.Rows.Select(r => $"\"{r.Key}\": {Of(r)}"));

    private static string Json(string text) => JsonValue.Create(text).ToJsonString(Options);
}
