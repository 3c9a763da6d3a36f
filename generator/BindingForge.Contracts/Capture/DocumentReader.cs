using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads the root mapping into a <see cref="ContractDocument"/>: the version, then each section.</summary>
internal static class DocumentReader
{
    public static ContractDocument? Read(YamlNode root, string path, CaptureContext context)
    {
        if (context.Mapping(root, "a contract") is not { } mapping)
            return null;
        context.CheckKeys(mapping, DocumentKeys.Table);
        var document = new ContractDocument(path, mapping.Location)
        {
            Version = ReadVersion(mapping, context),
            Library = mapping.Find(DocumentKeys.Library.Key) is { } library ? LibraryReader.Read(library, context) : null,
            Handles = Section(mapping, DocumentKeys.Handles, context, HandleReader.Read),
            Errors = Section(mapping, DocumentKeys.Errors, context, ErrorReader.Read),
            Structs = Section(mapping, DocumentKeys.Structs, context, StructReader.Read),
            Functions = Section(mapping, DocumentKeys.Functions, context, FunctionReader.Read),
            Globals = Section(mapping, DocumentKeys.Globals, context, GlobalReader.Read),
            Enums = Section(mapping, DocumentKeys.Enums, context, EnumReader.Read),
        };
        if (mapping.Find(DocumentKeys.Library.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey,
                "the contract needs a `library:` section (name, headers ...)", new SourceLocation(path, mapping.Location.Line, mapping.Location.Column));
        return document;
    }

    private static Located<long>? ReadVersion(YamlMapping mapping, CaptureContext context)
    {
        var version = context.Integer(mapping, DocumentKeys.Version);
        if (version is not null && version.Value != DocumentKeys.CurrentVersion)
        {
            context.Diagnostics.Error(ContractDiagnosticIds.UnsupportedVersion,
                $"contract format version {version.Value} is not supported; this BindingForge reads `bindingforge: {DocumentKeys.CurrentVersion}`", version.Location);
        }

        return version;
    }

    /// <summary>A section whose entries are keyed by name; a null section counts as empty.</summary>
    private static ImmutableArray<T> Section<T>(YamlMapping root, KeyRow key, CaptureContext context, Func<YamlEntry, CaptureContext, T?> read)
        where T : class
    {
        if (root.Find(key.Key) is not { } section || context.Mapping(section.Value, key.Quoted, allowNull: true) is not { } mapping)
            return [];
        var result = ImmutableArray.CreateBuilder<T>();
        foreach (var entry in mapping.Entries)
        {
            if (read(entry, context) is { } item)
                result.Add(item);
        }

        return result.ToImmutable();
    }
}
