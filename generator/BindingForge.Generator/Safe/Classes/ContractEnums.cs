using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The contract's <c>enums:</c>: one C# enum per entry (<c>[Flags]</c> when the contract says the members are bits),
/// its members named from their C constants without the prefix they share (<c>SQLITE_OPEN_READWRITE</c>,
/// <c>SQLITE_OPEN_CREATE</c> give <c>Readwrite</c>, <c>Create</c>) unless the contract renames them, the C name in
/// each member's doc. The underlying type is the smallest of <c>int</c>, <c>uint</c>, <c>long</c>, <c>ulong</c> that
/// holds every value; a <c>[Flags]</c> enum without a zero member gets <c>None = 0</c>. Two members with one name, or an enum named like another type, are BF3550: never a suffix.
/// </summary>
internal static class ContractEnums
{
    /// <summary>Claims each enum's name (before any class is named, so methods can use it) and records its type.</summary>
    public static void Claim(SafeContext context)
    {
        foreach (var declared in context.Contract.Enums)
        {
            if (context.ClaimTypeName(declared.Name) != declared.Name)
            {
                context.Diagnostics.Error(SafeDiagnosticIds.NameCollision,
                    $"the enum '{declared.Name}' is named like another type of the generated namespace; rename it", declared.Provenance.Location);
                continue;
            }

            context.Enums[declared.Name] = declared;
        }
    }

    public static IReadOnlyList<EnumRender> Build(SafeContext context) =>
        [.. context.Enums.Values.Select(e => new EnumRender(
            [$"/// <summary>{(e.Flags ? "Bits" : "Values")} of the C constants {Docs.Escape(Range(e))}.</summary>"],
            e.Name, Underlying(e), Members(context, e)) { Attributes = e.Flags ? ["[Flags]"] : [] })];

    /// <summary>The C# type that holds every member's value.</summary>
    public static string Underlying(BoundEnum declared)
    {
        var (min, max) = (declared.Members.Min(m => m.Value), declared.Members.Max(m => m.Value));
        return min >= int.MinValue && max <= int.MaxValue ? "int"
            : min >= 0 && max <= uint.MaxValue ? "uint"
            : min >= long.MinValue && max <= long.MaxValue ? "long"
            : "ulong";
    }

    private static string Range(BoundEnum declared) =>
        declared.Members.Length == 1 ? declared.Members[0].CName : $"{declared.Members[0].CName} ... {declared.Members[^1].CName}";

    private static List<EnumMemberRender> Members(SafeContext context, BoundEnum declared)
    {
        var prefix = OptionEnums.SharedPrefix([.. declared.Members.Select(m => m.CName)]);
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var members = new List<EnumMemberRender>();
        // A [Flags] enum states "no bit" as None (.NET's design rule, CA1008) when C names no zero.
        if (declared.Flags && declared.Members.All(m => m.Value != 0 && m.Name != "None"))
        {
            used["None"] = "no flag";
            members.Add(new EnumMemberRender("/// <summary>No flag (0).</summary>", "None", "0"));
        }

        foreach (var member in declared.Members)
        {
            var name = member.Name ?? CSharp.CSharpNames.Identifier(CSharp.CSharpNames.Sanitize(CNamePrefixes.PascalWords(member.CName[prefix..])));
            if (!used.TryAdd(name, member.CName))
            {
                context.Diagnostics.Error(SafeDiagnosticIds.NameCollision,
                    $"'{member.CName}' and '{used[name]}' would both be {declared.Name}.{name}; rename one under `members:`", declared.Provenance.Location);
                continue;
            }

            members.Add(new EnumMemberRender($"/// <summary><c>{Docs.Escape(member.CName)}</c> ({member.Value}).</summary>", name, Literal(member.Value)));
        }

        return members;
    }

    private static string Literal(Int128 value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
