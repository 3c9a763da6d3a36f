using System.Text.Json.Nodes;
using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>
/// Walks contracts/bindingforge.schema.json beside the vocabulary tables, from the root, and lists every
/// disagreement: a key one has and the other lacks, a different value shape, enum spellings, minimum, default or
/// required set. Each message names the schema path and says what the row wants.
/// </summary>
internal sealed class SchemaAgreement
{
    private readonly JsonObject _schema;
    private readonly List<string> _problems = [];

    private SchemaAgreement(JsonObject schema) => _schema = schema;

    public static IReadOnlyList<string> Check(JsonObject schema, KeyTable root)
    {
        var check = new SchemaAgreement(schema);
        check.Table(root, schema, "#");
        return check._problems;
    }

    private void Table(KeyTable table, JsonObject node, string path)
    {
        var properties = node["properties"] as JsonObject ?? [];
        foreach (var row in table.Rows.Where(r => !properties.ContainsKey(r.Key)))
            _problems.Add($"{path}: `{row.Key}` is a row of {table.What} but not a property in the schema; add: \"{row.Key}\": {SchemaFragment.Of(row)}");
        foreach (var (key, _) in properties.Where(p => !table.Contains(p.Key)))
            _problems.Add($"{path}: the schema has `{key}`, which is no row of {table.What}");
        var required = (node["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Order(StringComparer.Ordinal);
        var wanted = table.Rows.Where(r => r.Required).Select(r => r.Key).Order(StringComparer.Ordinal);
        if (!required.SequenceEqual(wanted))
            _problems.Add($"{path}: required is [{string.Join(", ", required)}], the rows of {table.What} require [{string.Join(", ", wanted)}]");
        foreach (var row in table.Rows.Where(r => properties.ContainsKey(r.Key)))
        {
            var property = (JsonObject)properties[row.Key]!;
            Shape(row.Value, property, $"{path}/{row.Key}");
            Default(row, property, $"{path}/{row.Key}");
        }
    }

    private void Shape(ValueShape shape, JsonObject node, string path)
    {
        var branches = Branches(node).ToList();
        if (shape is OneOfShape oneOf)
        {
            if (branches.Count != oneOf.Choices.Length)
                _problems.Add($"{path}: the row allows {oneOf.Choices.Length} shapes, the schema {branches.Count}");
            else
                for (var i = 0; i < branches.Count; i++)
                    Shape(oneOf.Choices[i], branches[i], $"{path}[{i}]");
            return;
        }

        if (branches.Count != 1)
        {
            _problems.Add($"{path}: the row has one shape ({Describe(shape)}), the schema {branches.Count}");
            return;
        }

        var branch = branches[0];
        var type = TypeOf(branch);
        if (type != JsonType(shape))
        {
            _problems.Add($"{path}: the schema says {type ?? "no type"}, the row {Describe(shape)} ({JsonType(shape)})");
            return;
        }

        Inside(shape, branch, path);
    }

    /// <summary>What a shape's schema holds beyond its type: spellings, minimum, items, properties.</summary>
    private void Inside(ValueShape shape, JsonObject branch, string path)
    {
        switch (shape)
        {
            case EnumShape e:
                var spellings = (branch["enum"] as JsonArray)?.Select(v => v!.ToString()).ToList() ?? [];
                if (!spellings.SequenceEqual(e.Spellings))
                    _problems.Add($"{path}: the schema spells [{string.Join(", ", spellings)}], the row [{string.Join(", ", e.Spellings)}]");
                break;
            case IntegerShape { Minimum: { } minimum } when branch["minimum"]?.GetValue<long>() != minimum:
                _problems.Add($"{path}: the row wants \"minimum\": {minimum}");
                break;
            case ListShape l:
                Shape(l.Item, Resolve(branch["items"] as JsonObject ?? []), path + "/items");
                break;
            case MappingShape m:
                Table(m.Table, branch, path);
                break;
            case EntriesShape entries:
                Table(entries.Entry, Resolve(branch["additionalProperties"] as JsonObject ?? []), path + "/*");
                break;
        }
    }

    private void Default(KeyRow row, JsonObject property, string path)
    {
        var stated = Chain(property).Select(n => n["default"]).FirstOrDefault(d => d is not null)?.ToJsonString().Trim('"');
        if (stated != row.Default)
            _problems.Add($"{path}: the schema's default is {stated ?? "none"}, the row's {row.Default ?? "none"}");
    }

    /// <summary>The alternatives a schema allows: its <c>oneOf</c> branches (nested ones flattened), or one per type of a type list.</summary>
    private IEnumerable<JsonObject> Branches(JsonObject node)
    {
        var resolved = Resolve(node);
        if (resolved["oneOf"] is JsonArray oneOf)
            return oneOf.SelectMany(b => Branches((JsonObject)b!));
        if (resolved["type"] is JsonArray types)
        {
            var named = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToList();
            return named.Count == 1 ? [resolved] : named.Select(t => new JsonObject { ["type"] = t });
        }

        return [resolved];
    }

    private static string? TypeOf(JsonObject node) => node["type"] switch
    {
        JsonValue value => value.GetValue<string>(),
        JsonArray types => types.Select(t => t!.GetValue<string>()).FirstOrDefault(t => t != "null"),
        _ when node["enum"] is JsonArray values => values.All(v => v is JsonValue j && j.TryGetValue<long>(out _)) ? "integer" : "string",
        _ => null,
    };

    private static string JsonType(ValueShape shape) => shape switch
    {
        FlagShape => "boolean",
        IntegerShape => "integer",
        ListShape => "array",
        MappingShape or EntriesShape => "object",
        _ => "string",
    };

    private static string Describe(ValueShape shape) => shape.GetType().Name.Replace("Shape", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The node and every node its <c>$ref</c>s lead to.</summary>
    private IEnumerable<JsonObject> Chain(JsonObject node)
    {
        for (var current = node; current is not null; current = Referenced(current))
            yield return current;
    }

    private JsonObject Resolve(JsonObject node) => Chain(node).Last();

    private JsonObject? Referenced(JsonObject node) =>
        node["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/definitions/", StringComparison.Ordinal)
            ? _schema["definitions"]![reference["#/definitions/".Length..]] as JsonObject
            : null;
}
