using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Generator;

namespace BindingForge.Review.Reporting;

/// <summary>
/// The SARIF rule descriptor of a diagnostic id: its name is the name of the constant that declares the id
/// (<c>UnknownFunction</c> for BF2101), its short description that name in words, its help the page under
/// docs/diagnostics.
/// </summary>
internal static class SarifRules
{
    private static readonly Dictionary<string, string> Names = Load();

    /// <summary>The constant's name for <paramref name="id"/> (<c>UnknownFunction</c>), or the id itself.</summary>
    public static string NameOf(string id) => Names.GetValueOrDefault(id, id);

    /// <summary><c>UnknownFunction</c> as "Unknown function".</summary>
    public static string Describe(string id)
    {
        var name = NameOf(id);
        if (name == id)
            return $"BindingForge diagnostic {id}";
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
                words.Append(' ').Append(char.ToLowerInvariant(c));
            else
                words.Append(c);
        }

        return words.ToString();
    }

    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["BF0000"] = "InternalError" };
        AddConstants(names, typeof(ContractDiagnosticIds));
        AddConstants(names, typeof(ClangDiagnosticIds));
        AddConstants(names, typeof(DiagnosticIds));
        return names;
    }

    /// <summary>The string constants of <paramref name="type"/>, each id under its constant's name (annotated, so trimming keeps them).</summary>
    private static void AddConstants(Dictionary<string, string> names, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type)
    {
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string)))
            names.TryAdd((string)field.GetRawConstantValue()!, field.Name);
    }
}
