using System.Reflection;
using System.Text.RegularExpressions;
using BindingForge.Generator.Tests.Safe;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// The safe layer reaches the thin layer only through <see cref="ThinLayer"/>: no safe type's signature mentions a
/// thin type, and no safe source file imports or qualifies the thin namespace. Shared naming and type mapping live in
/// <c>BindingForge.Generator.CSharp</c> and <c>BindingForge.Generator.Mapping</c>, which both layers use.
/// </summary>
public sealed class LayeringTests
{
    private const string ThinNamespace = "BindingForge.Generator.Thin";
    private const string SafeNamespace = "BindingForge.Generator.Safe";

    [Fact]
    public void No_safe_type_signature_uses_a_thin_type()
    {
        var assembly = typeof(ThinLayer).Assembly;
        var safeTypes = assembly.GetTypes().Where(t => t.Namespace?.StartsWith(SafeNamespace, StringComparison.Ordinal) == true).ToArray();
        Assert.True(safeTypes.Length > 50, $"found only {safeTypes.Length} safe types: the scan is broken");

        var offenders = safeTypes
            .SelectMany(t => SignatureTypes(t).Where(IsThin).Select(used => $"{t.FullName} uses {used.FullName}"))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_safe_source_file_imports_or_qualifies_the_thin_namespace()
    {
        var safeFolder = Path.Combine(SafeBindings.Root, "generator", "BindingForge.Generator", "Safe");
        var files = Directory.GetFiles(safeFolder, "*.cs", SearchOption.AllDirectories);
        Assert.True(files.Length > 50, $"found only {files.Length} files under {safeFolder}");

        var thinTypes = typeof(ThinLayer).Assembly.GetTypes().Where(IsThin).Select(t => t.Name.Split('`')[0]).Distinct();
        var reference = new Regex($@"BindingForge\.Generator\.Thin\b|(?<![\w.])Thin\.({string.Join('|', thinTypes)})\b");
        var offenders = files
            .Where(f => reference.IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(safeFolder, f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void The_thin_layer_record_is_built_by_the_thin_builder_and_read_by_the_safe_pass()
    {
        var build = typeof(Thin.ThinModelBuilder).GetMethod("Build")!;
        Assert.Equal(typeof(Thin.ThinBuild), build.ReturnType);
        var run = typeof(Generator.Safe.SafePass).GetMethod("Run")!;
        Assert.Contains(run.GetParameters(), p => p.ParameterType == typeof(ThinLayer));
        Assert.DoesNotContain(run.GetParameters(), p => IsThin(p.ParameterType));
    }

    private static bool IsThin(Type type) =>
        Unwrap(type).Any(t => t.Namespace?.StartsWith(ThinNamespace, StringComparison.Ordinal) == true);

    /// <summary>The type and its generic arguments, element types and declaring types.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Unwrap(type.GetElementType()!))
                yield return inner;
        }

        foreach (var argument in type.IsGenericType ? type.GetGenericArguments() : [])
        {
            foreach (var inner in Unwrap(argument))
                yield return inner;
        }
    }

    /// <summary>Every type a type's base, fields, properties, constructors and methods name in their signatures.</summary>
    private static IEnumerable<Type> SignatureTypes(Type type)
    {
        const BindingFlags all = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        if (type.BaseType is { } baseType)
            yield return baseType;
        foreach (var field in type.GetFields(all))
            yield return field.FieldType;
        foreach (var property in type.GetProperties(all))
            yield return property.PropertyType;
        foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
        {
            if (method is MethodInfo info)
                yield return info.ReturnType;
            foreach (var parameter in method.GetParameters())
                yield return parameter.ParameterType;
        }
    }
}
