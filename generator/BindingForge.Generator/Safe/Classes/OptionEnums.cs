using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The enums the forms of variadic functions take for their option (<c>options: { enum: SettingsIntOption }</c>):
/// one member per value, named from its C constant without the prefix the family's constants share
/// (<c>BF_OPT_LEVEL</c>, <c>BF_OPT_RETRIES</c> give <c>Level</c>, <c>Retries</c>), the C name in its doc.
/// </summary>
internal static class OptionEnums
{
    public static IReadOnlyList<EnumRender> Build(SafeContext context)
    {
        var result = new List<EnumRender>();
        var declared = new Dictionary<string, BoundOptions>(StringComparer.Ordinal);
        foreach (var function in context.Contract.Functions.Where(f => f.Skip is null && f.Options is { EnumName: not null }))
        {
            var options = function.Options!;
            var name = options.EnumName!;
            if (declared.TryGetValue(name, out var first))
            {
                if (!first.Values.Select(v => v.Value).SequenceEqual(options.Values.Select(v => v.Value)))
                {
                    context.Diagnostics.Error(SafeDiagnosticIds.OptionEnumConflict,
                        $"the option enum '{name}' is named by two forms with different values ({first.Location}); each family needs an enum of its own", options.Location);
                }

                continue;
            }

            if (context.ClaimTypeName(name) != name)
            {
                context.Diagnostics.Error(SafeDiagnosticIds.OptionEnumConflict,
                    $"the option enum '{name}' is named like another type of the generated namespace; name it differently", options.Location);
                continue;
            }

            declared[name] = options;
            var thin = Marshalling.OptionType.Integer(context, function.Decl.Parameters[options.ParameterIndex].Type);
            result.Add(new EnumRender(
                [$"/// <summary>The options of <c>{Docs.Escape(function.CName)}</c> that take this overload's argument types.</summary>"],
                name, Conversions.SafeType(thin), Members(context, name, options, thin)));
        }

        return result;
    }

    private static List<EnumMemberRender> Members(SafeContext context, string enumName, BoundOptions options, Mapping.MappedType thin)
    {
        var symbols = options.Values.Select(v => v.Symbol ?? "").ToList();
        var prefix = SharedPrefix(symbols);
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new List<EnumMemberRender>();
        foreach (var value in options.Values)
        {
            var name = value.Symbol is { } symbol ? SafeNames.Pascal(symbol[prefix..].ToLowerInvariant()) : "Value" + value.Value;
            if (!used.TryAdd(name, value.Symbol ?? name))
            {
                context.Diagnostics.Error(SafeDiagnosticIds.NameCollision,
                    $"'{value.Symbol ?? name}' and '{used[name]}' would both be {enumName}.{name}; list one of them in a form of its own", options.Location);
                continue;
            }

            var doc = value.Symbol is null ? $"/// <summary>The option {value.Value}.</summary>" : $"/// <summary><c>{Docs.Escape(value.Symbol)}</c>.</summary>";
            members.Add(new EnumMemberRender(doc, name, Conversions.PlainLiteral(value.Value, thin)));
        }

        return members;
    }

    /// <summary>The length of the prefix, up to an underscore, that all names share (0 for one name or none).</summary>
    public static int SharedPrefix(List<string> names)
    {
        if (names.Any(n => n.Length == 0))
            return 0;
        if (names.Count == 1)
        {
            var cut = names[0].LastIndexOf('_');
            return cut > 0 && cut < names[0].Length - 1 ? cut + 1 : 0;
        }

        var length = names.Min(n => n.Length);
        var shared = 0;
        while (shared < length && names.All(n => n[shared] == names[0][shared]))
            shared++;
        var underscore = names[0].LastIndexOf('_', Math.Max(0, shared - 1));
        return underscore < 0 ? 0 : underscore + 1;
    }
}
