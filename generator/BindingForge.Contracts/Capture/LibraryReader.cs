using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads the <c>library:</c> section.</summary>
internal static class LibraryReader
{
    private static readonly KeySet Keys = new("`library`", "name", "headers", "include_dirs", "defines", "namespace", "class", "select");
    private static readonly KeySet SelectKeys = new("`select`", "include", "exclude");

    public static LibrarySection? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`library`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, Keys);
        var section = new LibrarySection(mapping.Location)
        {
            Name = context.String(mapping, "name"),
            Headers = context.TextList(mapping, "headers"),
            IncludeDirs = context.TextList(mapping, "include_dirs"),
            Defines = context.TextList(mapping, "defines"),
            Namespace = context.Identifier(context.String(mapping, "namespace"), "`namespace`", dotted: true),
            Class = context.Identifier(context.String(mapping, "class"), "`class`"),
            Select = mapping.Find("select") is { } select ? ReadSelect(select, context) : null,
        };
        if (section.Name is null && mapping.Find("name") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`library` needs a `name`: the native library to load (sqlite3, z ...)", entry.Key.Location);
        if (section.Headers is null && mapping.Find("headers") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`library` needs `headers`: the C headers to bind", entry.Key.Location);
        else if (section.Headers is { IsEmpty: true })
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`headers` is empty; name at least one C header", mapping.Find("headers")!.Value.Location);
        return section;
    }

    private static SelectSection? ReadSelect(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`select`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, SelectKeys);
        return new SelectSection(mapping.Location)
        {
            Include = context.TextList(mapping, "include"),
            Exclude = context.TextList(mapping, "exclude"),
        };
    }
}
