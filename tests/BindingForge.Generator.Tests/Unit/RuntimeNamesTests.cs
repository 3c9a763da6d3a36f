using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BindingForge.Generator.Safe;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Runtime;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// The runtime names generated code uses come from <see cref="RuntimeNames"/>, which takes them from the runtime
/// assembly: every name there exists, and the safe templates and the emitter files that were converted to it spell no
/// runtime name in a string literal of their own.
/// </summary>
public sealed partial class RuntimeNamesTests
{
    private static readonly Assembly Runtime = typeof(NativeHandle).Assembly;

    [Fact]
    public void The_runtime_namespace_is_the_namespace_of_the_runtime_types()
    {
        Assert.Equal(RuntimeNames.Namespace, typeof(NativeHandle).Namespace);
        Assert.All(Runtime.GetExportedTypes(), t => Assert.Equal(RuntimeNames.Namespace, t.Namespace));
    }

    [Fact]
    public void Every_runtime_name_is_a_type_or_a_member_of_a_type_of_the_runtime_assembly()
    {
        var names = typeof(RuntimeNames).GetNestedTypes(BindingFlags.Public)
            .SelectMany(group => group.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral)
                .Select(f => (Where: $"{group.Name}.{f.Name}", Value: (string)f.GetRawConstantValue()!)))
            .ToList();
        Assert.True(names.Count > 40, $"found only {names.Count} names: the scan is broken");

        var missing = names.Where(n => !Resolves(n.Value)).Select(n => $"{n.Where} = {n.Value}").ToArray();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_handle_base_members_are_every_public_and_protected_member_the_handle_bases_declare()
    {
        Type[] bases = [typeof(NativeHandle), typeof(OwnedHandle), typeof(RefCountedHandle), typeof(CallerAllocatedHandle), typeof(BorrowedHandle)];
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var bcl = typeof(SafeHandle).GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var declared = bases.SelectMany(t => t.GetMembers(Declared))
            .Where(m => m switch
            {
                ConstructorInfo => false,
                MethodInfo method => !method.IsSpecialName && (method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly),
                PropertyInfo property => property.GetMethod is { IsPublic: true } or { IsFamily: true } or { IsFamilyOrAssembly: true },
                FieldInfo field => field.IsPublic || field.IsFamily,
                _ => false,
            })
            .Select(m => m.Name)
            .Where(n => !bcl.Contains(n))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(declared.Order(StringComparer.Ordinal), RuntimeNames.HandleBaseMembers.Order(StringComparer.Ordinal));
    }

    /// <summary>A type's simple name, a member of some runtime type (bare) or <c>Type.Member</c>.</summary>
    private static bool Resolves(string name)
    {
        var types = Runtime.GetExportedTypes();
        var parts = name.Split('.');
        if (parts.Length == 2)
            return types.Any(t => SimpleName(t) == parts[0] && HasMember(t, parts[1]));
        return types.Any(t => SimpleName(t) == name) || types.Any(t => HasMember(t, name));
    }

    private static bool HasMember(Type type, string member) =>
        type.GetMember(member, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m is not MethodBase method || method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly);

    private static string SimpleName(Type type) => type.Name.Split('`')[0];

    /// <summary>The folders (their own files, not subfolders) and files that write generated code through
    /// <see cref="RuntimeNames"/>.</summary>
    private static readonly string[] ConvertedSources =
    [
        "generator/BindingForge.Generator/Safe/Classes",
        "generator/BindingForge.Generator/Safe/Rendering",
        "generator/BindingForge.Generator/Safe/Marshalling",
        "generator/BindingForge.Generator/Safe/Ownership",
        "generator/BindingForge.Generator/Safe/Symbols",
        "generator/BindingForge.Generator/Safe/Planning",
        "generator/BindingForge.Generator/Safe",
    ];

    [Fact]
    public void The_safe_templates_spell_no_runtime_name()
    {
        var folder = Path.Combine(SafeBindings.Root, "generator", "templates", "safe");
        var templates = Directory.GetFiles(folder, "*.sbn-cs");
        Assert.True(templates.Length >= 5, $"found only {templates.Length} templates in {folder}");

        var offenders = templates
            .SelectMany(f => RuntimeNamesIn(File.ReadAllText(f)).Select(n => $"{Path.GetFileName(f)}: {n}"))
            .ToArray();
        Assert.True(offenders.Length == 0, "runtime names spelled in templates (pass them in the render model):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void The_converted_emitter_files_spell_no_runtime_name_in_a_string_literal()
    {
        var files = ConvertedSources.Select(p => Path.Combine(SafeBindings.Root, p))
            .SelectMany(p => Directory.Exists(p) ? Directory.GetFiles(p, "*.cs") : [p])
            .ToArray();
        Assert.True(files.Length > 15, $"found only {files.Length} files");

        var offenders = files
            .SelectMany(f => LiteralTexts(File.ReadAllText(f)).SelectMany(RuntimeNamesIn).Select(n => $"{Path.GetFileName(f)}: {n}"))
            .Distinct()
            .ToArray();
        Assert.True(offenders.Length == 0, "runtime names spelled as literals (use RuntimeNames):\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void A_runtime_name_in_a_literal_is_found_and_one_in_an_interpolation_hole_is_not()
    {
        const string source = """
            class C
            {
                string A => "using var l = EnterExclusive();";
                string B => $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*)p)";
                // A comment may name OwnedHandle.
            }
            """;
        Assert.Equal(["EnterExclusive"], LiteralTexts(source).SelectMany(RuntimeNamesIn));
    }

    /// <summary>The text of every string literal, and the literal parts of interpolated strings.</summary>
    private static IEnumerable<string> LiteralTexts(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
            yield return literal.Token.ValueText;
        foreach (var text in root.DescendantNodes().OfType<InterpolatedStringTextSyntax>())
            yield return text.TextToken.ValueText;
    }

    private static IEnumerable<string> RuntimeNamesIn(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(DistinctiveNames.Contains).Distinct();

    /// <summary>
    /// The runtime's public types and their own public and protected members whose names are compound
    /// (<c>OwnedHandle</c>, <c>EnterExclusive</c>, <c>FromUtf8</c>), so that prose (<c>Threading</c>, <c>Free</c>) and
    /// the members the runtime shares with the BCL (<c>ToString</c>, <c>IsInvalid</c>, a span's <c>ToArray</c>) are not
    /// mistaken for them.
    /// </summary>
    private static readonly HashSet<string> DistinctiveNames = BuildDistinctiveNames();

    private static HashSet<string> BuildDistinctiveNames()
    {
        // Names the BCL types generated code also uses declare too (ReadOnlySpan<T>.ToArray) are no runtime names.
        var bcl = new[] { typeof(object), typeof(SafeHandle), typeof(Exception), typeof(IDisposable), typeof(ValueType), typeof(ReadOnlySpan<byte>), typeof(Span<byte>) }
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = Runtime.GetExportedTypes();
        var members = types.SelectMany(t => t.GetMembers(Declared))
            .Where(m => m is not MethodBase { IsPublic: false, IsFamily: false, IsFamilyOrAssembly: false } and not FieldInfo { IsPublic: false })
            .Where(m => m is not PropertyInfo p || p.GetMethod is { IsPublic: true } or { IsFamily: true })
            .Where(m => m is not (ConstructorInfo or Type))
            .Select(m => m.Name);
        return types.Select(SimpleName).Concat(members)
            .Where(n => !bcl.Contains(n) && Compound().IsMatch(n))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\b[A-Za-z_][A-Za-z0-9_]*\b")]
    private static partial Regex Word();

    /// <summary>An upper-case letter or a digit after the first letter: a compound name, not a word of prose.</summary>
    [GeneratedRegex(@"^[A-Z][a-z]+[A-Z0-9]")]
    private static partial Regex Compound();
}
