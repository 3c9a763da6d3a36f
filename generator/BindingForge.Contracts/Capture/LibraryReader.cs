using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads the <c>library:</c> section.</summary>
internal static class LibraryReader
{
    public static LibrarySection? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, "`library`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, LibraryKeys.Table);
        var section = new LibrarySection(mapping.Location)
        {
            Name = context.String(mapping, LibraryKeys.Name),
            Headers = context.TextList(mapping, LibraryKeys.Headers),
            IncludeDirs = context.TextList(mapping, LibraryKeys.IncludeDirs),
            Defines = context.TextList(mapping, LibraryKeys.Defines),
            ClangArgs = context.TextList(mapping, LibraryKeys.ClangArgs),
            Namespace = context.Identifier(context.String(mapping, LibraryKeys.Namespace), LibraryKeys.Namespace.Quoted, dotted: true),
            Class = context.Identifier(context.String(mapping, LibraryKeys.Class), LibraryKeys.Class.Quoted),
            Select = mapping.Find(LibraryKeys.Select.Key) is { } select ? ReadSelect(select, context) : null,
        };
        CheckFileNames(section, context);
        if (section.Name is null && mapping.Find(LibraryKeys.Name.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`library` needs a `name`: the native library to load (sqlite3, z ...)", entry.Key.Location);
        if (section.Headers is null && mapping.Find(LibraryKeys.Headers.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`library` needs `headers`: the C headers to bind", entry.Key.Location);
        else if (section.Headers is { IsEmpty: true })
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`headers` is empty; name at least one C header", mapping.Find(LibraryKeys.Headers.Key)!.Value.Location);
        return section;
    }

    /// <summary>The library name and the headers become a file-search pattern and <c>#include</c> lines: refuse text
    /// that would change their meaning (<see cref="FileNames"/>), at its line.</summary>
    private static void CheckFileNames(LibrarySection section, CaptureContext context)
    {
        if (section.Name is { } name && !FileNames.IsLibraryName(name.Value))
        {
            context.Diagnostics.Error(ContractDiagnosticIds.InvalidFileName,
                $"{LibraryKeys.Name.Quoted} {CSharpLiterals.String(name.Value)} is not a library name: use letters, digits and . _ + - (or a path of such names), no wildcards, quotes or spaces", name.Location);
        }

        foreach (var argument in section.ClangArgs ?? [])
        {
            if (!ClangArguments.IsAllowedInContract(argument.Value))
            {
                context.Diagnostics.Error(ContractDiagnosticIds.ClangArgumentRefused,
                    $"the clang argument {CSharpLiterals.String(argument.Value)} is not allowed in a contract: only language and target options (-std=, -f, -W, -m, --target=, -D, -U), one token each; pass others with --clang-arg", argument.Location);
            }
        }

        foreach (var header in section.Headers ?? [])
        {
            if (!FileNames.IsHeaderPath(header.Value))
            {
                context.Diagnostics.Error(ContractDiagnosticIds.InvalidFileName,
                    $"the header {CSharpLiterals.String(header.Value)} holds a quote, backslash or control character, which would break its #include line", header.Location);
            }
        }
    }

    private static SelectSection? ReadSelect(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, LibraryKeys.Select.Quoted) is not { } mapping)
            return null;
        context.CheckKeys(mapping, SelectKeys.Table);
        return new SelectSection(mapping.Location)
        {
            Include = context.TextList(mapping, SelectKeys.Include),
            Exclude = context.TextList(mapping, SelectKeys.Exclude),
        };
    }
}
