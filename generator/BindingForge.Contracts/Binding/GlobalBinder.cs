using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>globals:</c>: each entry names an exported variable of the headers (BF2125 otherwise, with the nearest
/// name), <c>string</c> needs a character array or pointer, <c>nullable</c> a pointer, and <c>settable</c> a scalar
/// or struct that C does not declare <c>const</c> (a string's memory belongs to the library, so the safe layer never
/// writes one).
/// </summary>
internal static class GlobalBinder
{
    public static ImmutableArray<BoundGlobal> Bind(IEnumerable<GlobalEntry> entries, BindContext context)
    {
        var result = ImmutableArray.CreateBuilder<BoundGlobal>();
        foreach (var entry in entries)
        {
            var decl = context.Header.Globals.FirstOrDefault(g => g.Name == entry.CName.Value);
            if (decl is null)
            {
                var hint = NameSuggester.Hint(entry.CName.Value, context.Header.Globals.Select(g => g.Name));
                context.Error(ContractDiagnosticIds.GlobalDoesNotFit, $"`{entry.CName.Value}` is not a variable the headers export{hint}", entry.CName.Location);
                continue;
            }

            if (Check(entry, decl, context))
            {
                result.Add(new BoundGlobal(decl, BindContext.Provenance(entry.Meta, entry.CName.Location))
                {
                    Name = entry.Meta.Name?.Value,
                    String = entry.String?.Value,
                    Nullable = entry.Nullable?.Value ?? false,
                    Settable = entry.Settable?.Value ?? false,
                    Skip = entry.Meta.Skip?.Value,
                });
            }
        }

        return result.ToImmutable();
    }

    private static bool Check(GlobalEntry entry, GlobalDecl decl, BindContext context)
    {
        var type = context.Header.Resolve(decl.Type);
        var text = type switch
        {
            ArrayType { Element: var e } => CTypeFacts.IsCharacter(context.Header.Resolve(e)),
            PointerType { Pointee: var p } => CTypeFacts.IsCharacter(context.Header.Resolve(p)),
            _ => false,
        };
        var problem =
            entry.String is not null && !text ? $"{GlobalKeys.String.Quoted} needs a character array or pointer; `{decl.Name}` is a `{decl.Type.Spelling}`"
            : entry.String is null && type is PointerType or ArrayType { Length: null or 0 } ? $"`{decl.Name}` is a `{decl.Type.Spelling}`: state {GlobalKeys.String.Quoted} for text; other pointers stay in the thin layer"
            : entry.Nullable is { Value: true } && type is not PointerType ? $"{GlobalKeys.Nullable.Quoted} needs a pointer; `{decl.Name}` is a `{decl.Type.Spelling}`"
            : entry.Settable is { Value: true } && (type.IsConst || decl.Type.IsConst || type is PointerType or ArrayType) ? $"{GlobalKeys.Settable.Quoted} needs a scalar or struct that C does not declare `const`; `{decl.Name}` is a `{decl.Type.Spelling}`"
            : null;
        if (problem is null)
            return true;
        context.Error(ContractDiagnosticIds.GlobalDoesNotFit, problem, entry.CName.Location);
        return false;
    }
}
