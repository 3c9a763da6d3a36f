using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts.Capture;

/// <summary>
/// Typed reads from the YAML tree for the capture readers. Every read reports a wrong kind or an invalid value
/// as a diagnostic at the value and returns null; nothing is defaulted.
/// </summary>
internal sealed class CaptureContext(DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The node as a mapping; a null value counts as an empty mapping when <paramref name="allowNull"/>.</summary>
    public YamlMapping? Mapping(YamlNode node, string what, bool allowNull = false)
    {
        if (node is YamlMapping mapping)
            return mapping;
        if (allowNull && node is YamlScalar { IsNull: true })
            return new YamlMapping([], node.Location);
        WrongKind(node, what, "a mapping");
        return null;
    }

    /// <summary>Reports every key of <paramref name="mapping"/> that is not a row of <paramref name="keys"/>.</summary>
    public void CheckKeys(YamlMapping mapping, KeyTable keys)
    {
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Text;
            if (keys.Contains(key))
                continue;
            var hint = NameSuggester.Hint(key, keys.Keys);
            Diagnostics.Error(ContractDiagnosticIds.UnknownKey,
                $"unknown key `{key}` in {keys.What}{hint}; allowed: {string.Join(", ", keys.Keys)}", entry.Key.Location);
        }
    }

    public Located<string>? String(YamlMapping mapping, KeyRow key)
    {
        if (mapping.Find(key.Key) is not { } entry)
            return null;
        return Text(entry.Value, key.Quoted) is { } text ? text with { KeyLocation = entry.Key.Location } : null;
    }

    /// <summary>A non-null scalar's text.</summary>
    public Located<string>? Text(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
            return new Located<string>(scalar.Text, scalar.Location);
        WrongKind(node, what, "text");
        return null;
    }

    public Located<bool>? Bool(YamlMapping mapping, KeyRow key)
    {
        if (mapping.Find(key.Key) is not { } entry)
            return null;
        if (ParseBool(entry.Value) is { } value)
            return new Located<bool>(value, entry.Value.Location) { KeyLocation = entry.Key.Location };
        WrongKind(entry.Value, key.Quoted, "true or false");
        return null;
    }

    /// <summary><c>true</c>/<c>false</c> written plain, as YAML's core schema spells them; null otherwise.</summary>
    public static bool? ParseBool(YamlNode node) => node is YamlScalar { IsPlain: true } scalar
        ? scalar.Text switch
        {
            "true" or "True" or "TRUE" => true,
            "false" or "False" or "FALSE" => false,
            _ => null,
        }
        : null;

    /// <summary>An integer, at least the row's <see cref="IntegerShape.Minimum"/> when it has one.</summary>
    public Located<long>? Integer(YamlMapping mapping, KeyRow key)
    {
        if (mapping.Find(key.Key) is not { } entry)
            return null;
        var min = key.Value is IntegerShape { Minimum: { } minimum } ? minimum : long.MinValue;
        if (entry.Value is YamlScalar { IsPlain: true } scalar && YamlNumbers.TryParseInteger(scalar.Text, out var value)
            && value >= min && value <= long.MaxValue)
            return new Located<long>((long)value, scalar.Location) { KeyLocation = entry.Key.Location };
        WrongKind(entry.Value, key.Quoted, min >= 0 ? "a non-negative integer" : "an integer");
        return null;
    }

    public Located<T>? Enum<T>(YamlMapping mapping, EnumKeyRow<T> key) where T : struct, Enum
    {
        var spelling = key.Spelling;
        if (mapping.Find(key.Key) is not { } entry || Text(entry.Value, key.Quoted) is not { } text)
            return null;
        if (spelling.TryParse(text.Value, out var value))
            return new Located<T>(value, text.Location) { KeyLocation = entry.Key.Location };
        var hint = NameSuggester.Hint(text.Value, spelling.Spellings);
        Diagnostics.Error(ContractDiagnosticIds.InvalidEnumValue,
            $"`{text.Value}` is not a valid {spelling.What}{hint}; expected one of: {string.Join(", ", spelling.Spellings)}", text.Location);
        return null;
    }

    /// <summary>A list of texts. A null value counts as an empty list.</summary>
    public ImmutableArray<Located<string>>? TextList(YamlMapping mapping, KeyRow key)
    {
        if (mapping.Find(key.Key) is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsNull: true })
            return [];
        if (entry.Value is not YamlSequence sequence)
        {
            WrongKind(entry.Value, key.Quoted, "a list");
            return null;
        }

        var items = ImmutableArray.CreateBuilder<Located<string>>();
        foreach (var item in sequence.Items)
        {
            if (Text(item, $"an item of {key.Quoted}") is { } text)
                items.Add(text);
        }

        return items.ToImmutable();
    }

    /// <summary>One text or a list of texts (<c>parent: db</c> or <c>parent: [a, b]</c>).</summary>
    public ImmutableArray<Located<string>>? TextOrList(YamlMapping mapping, KeyRow key)
    {
        if (mapping.Find(key.Key) is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsNull: false } scalar)
            return [new Located<string>(scalar.Text, scalar.Location) { KeyLocation = entry.Key.Location }];
        return TextList(mapping, key);
    }

    /// <summary>A number, or a macro/enumerator name.</summary>
    public SymbolOrNumber? SymbolOrNumber(YamlNode node, string what)
    {
        if (node is YamlScalar { IsNull: false } scalar)
        {
            if (scalar.IsPlain && YamlNumbers.TryParseInteger(scalar.Text, out var number))
                return new SymbolOrNumber(null, number, scalar.Location);
            if (Identifiers.IsCIdentifier(scalar.Text))
                return new SymbolOrNumber(scalar.Text, null, scalar.Location);
        }

        WrongKind(node, what, "a number or a macro/enumerator name");
        return null;
    }

    /// <summary>Reports a value that must be a C# identifier (or, when <paramref name="dotted"/>, a namespace) and is not.</summary>
    public Located<string>? Identifier(Located<string>? value, string what, bool dotted = false)
    {
        if (value is null)
            return null;
        if (dotted ? Identifiers.IsNamespace(value.Value) : Identifiers.IsCSharpIdentifier(value.Value))
            return value;
        Diagnostics.Error(ContractDiagnosticIds.InvalidIdentifier,
            $"`{value.Value}` is not a valid C# {(dotted ? "namespace" : "identifier")} for {what}", value.Location);
        return null;
    }

    public void WrongKind(YamlNode node, string what, string expected) =>
        Diagnostics.Error(ContractDiagnosticIds.WrongValueKind, $"{what} must be {expected}, found {Describe(node)}", node.Location);

    private static string Describe(YamlNode node) => node is YamlScalar { IsNull: false } scalar
        ? $"`{Shorten(scalar.Text)}`"
        : node.KindName;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
