using BindingForge.Model;

namespace BindingForge.Contracts.Capture;

/// <summary>What counts as a C# identifier, a namespace, and a C identifier in a contract (see <see cref="CSharpIdentifiers"/>).</summary>
internal static class Identifiers
{
    public static bool IsCSharpIdentifier(string text) => CSharpIdentifiers.IsIdentifier(text);

    public static bool IsNamespace(string text) => CSharpIdentifiers.IsNamespace(text);

    public static bool IsCIdentifier(string text) => CSharpIdentifiers.IsAsciiIdentifier(text);
}
