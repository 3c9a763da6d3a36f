using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>enums:</c>: each value is an integer macro or enumerator, a glob over them (in header order: macros, then
/// enumerators), or a C enum type (its enumerators); <c>exclude</c> takes some out again. A value that matches
/// nothing, a member that is not an integer, a rename of a constant that is not a member, or an enum left with no
/// member is BF2190. Also checks each <c>enum:</c> reference (<see cref="Reference"/>, BF2191).
/// </summary>
internal static class EnumBinder
{
    public static void Bind(IEnumerable<EnumEntry> entries, BindContext context)
    {
        foreach (var entry in entries)
        {
            var excluded = (entry.Exclude ?? []).Select(e => new SymbolGlob(e.Value)).ToList();
            var members = new List<BoundEnumMember>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var reported = false;
            foreach (var value in entry.Values ?? [])
            {
                var found = Expand(value, context).ToList();
                if (found.Count == 0)
                {
                    reported = true;
                    var message = context.Constants.Contains(value.Value)
                        ? $"`{value.Value}` is not an integer constant: only integer macros and enumerators can be enum members"
                        : $"`{value.Value}` names no integer constant, enumerator or C enum of the headers{NameSuggester.Hint(value.Value, context.Constants.Names)}";
                    context.Error(ContractDiagnosticIds.EnumDoesNotFit, message, value.Location);
                }

                foreach (var (name, number) in found.Where(f => !excluded.Any(g => g.IsMatch(f.Name)) && seen.Add(f.Name)))
                    members.Add(new BoundEnumMember(name, number, null));
            }

            var renamed = members.ToDictionary(m => m.CName, StringComparer.Ordinal);
            foreach (var (cName, name) in entry.Members)
            {
                if (renamed.TryGetValue(cName.Value, out var member))
                    renamed[cName.Value] = member with { Name = name.Value };
                else
                    context.Error(ContractDiagnosticIds.EnumDoesNotFit, $"`{cName.Value}` is not a member of enum `{entry.Name.Value}`", cName.Location);
            }

            if (members.Count == 0)
            {
                if (!reported)
                    context.Error(ContractDiagnosticIds.EnumDoesNotFit, $"enum `{entry.Name.Value}` has no member", entry.Name.Location);
                continue;
            }

            if (!context.Enums.TryAdd(entry.Name.Value, new BoundEnum(entry.Name.Value, entry.Flags?.Value ?? false,
                [.. members.Select(m => renamed[m.CName])], BindContext.Provenance(entry.Meta, entry.Name.Location))))
                context.Error(ContractDiagnosticIds.EnumDoesNotFit, $"enum `{entry.Name.Value}` is declared twice", entry.Name.Location);
        }
    }

    /// <summary>The <c>enums:</c> entry an <c>enum:</c> fact names, on an integer C type; null (BF2191) otherwise.</summary>
    public static string? Reference(Located<string>? name, CType type, string what, BindContext context)
    {
        if (name is null)
            return null;
        if (!context.Enums.ContainsKey(name.Value))
        {
            var hint = NameSuggester.Hint(name.Value, context.Enums.Keys);
            context.Error(ContractDiagnosticIds.EnumReference, $"`{name.Value}` is not an entry of `{DocumentKeys.Enums.Key}:`{hint}", name.Location);
            return null;
        }

        if (context.Shape.IsInteger(type))
            return name.Value;
        context.Error(ContractDiagnosticIds.EnumReference, $"`{ParamKeys.Enum.Key}: {name.Value}` needs an integer {what}; it is a `{type.Spelling}`", name.Location);
        return null;
    }

    /// <summary>The integer constants one value names, in header order.</summary>
    private static IEnumerable<(string Name, Int128 Value)> Expand(Located<string> value, BindContext context)
    {
        if (EnumType(value.Value, context.Header) is { } declared)
            return declared.Members.Select(m => (m.Name, m.Value));
        var glob = new SymbolGlob(value.Value);
        var names = context.Header.Constants.Select(c => c.Name).Concat(context.Header.Enums.SelectMany(e => e.Members).Select(m => m.Name));
        return names.Where(glob.IsMatch).Select(n => (n, context.Constants.Integer(n))).Where(p => p.Item2 is not null && context.Constants.IsIntegerConstant(p.n))
            .Select(p => (p.n, p.Item2!.Value));
    }

    private static EnumDecl? EnumType(string name, HeaderModel header) =>
        header.FindEnum(name) ?? (header.Resolve(new TypedefRef(name) { Spelling = name }) is EnumRef e ? header.FindEnum(e.Name) : null);
}
