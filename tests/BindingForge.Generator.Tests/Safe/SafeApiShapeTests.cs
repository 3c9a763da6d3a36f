using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The safe layers of contracts/sqlite3.yaml and contracts/zlib.yaml, compiled and loaded, read by reflection the way
/// a .NET developer meets them: outside the thin layer (the <c>*Native</c> files: the
/// class of C functions and the C structs, enums and constants) no public member exposes a pointer, a function
/// pointer or <c>IntPtr</c>; no parameter is named <c>argN</c>; <c>out</c> parameters appear only on <c>Try</c>
/// methods; and no method that hands out a handle declares it nullable (a factory throws on failure instead).
/// </summary>
public sealed class SafeApiShapeTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    [Theory]
    [InlineData("contracts/sqlite3.yaml", "ShapeSqlite")]
    [InlineData("contracts/zlib.yaml", "ShapeZlib")]
    public void The_safe_layer_reads_like_a_hand_written_library(string contract, string name)
    {
        var options = SafeBindings.Options(contract);
        var result = new VerifiedPipeline().Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var thin = result.Surface.Types.Where(t => t.File.StartsWith(options.ClassName + "Native", StringComparison.Ordinal))
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var compiled = CSharpCompiler.Compile(name, C.Sources(result), [CSharpCompiler.Runtime]);
        Assert.True(compiled.Success, compiled.Report());
        using var loaded = new LoadedAssembly(compiled.Image!, name);
        var findings = Scan(loaded.Assembly, thin);
        Assert.True(findings.Count == 0, $"{findings.Count} shape findings in {contract}:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_scan_finds_each_kind_of_violation()
    {
        const string Source = """
            #nullable enable
            public sealed class Widget : System.Runtime.InteropServices.SafeHandle
            {
                public Widget() : base(0, true) { }
                public override bool IsInvalid => true;
                protected override bool ReleaseHandle() => true;
                public static Widget? Open(string path) => null;
                public unsafe int Read(byte* buffer, int arg1) => 0;
                public int Parse(string text, out int value) { value = 0; return 0; }
                public bool TryParse(string text, out int value) { value = 0; return true; }
                public nint Raw => 0;
            }
            public unsafe struct widget_t { public byte* data; }
            """;
        var compiled = CSharpCompiler.Compile("ShapeScanSample", [("Sample.cs", Source)]);
        Assert.True(compiled.Success, compiled.Report());
        using var loaded = new LoadedAssembly(compiled.Image!, "ShapeScanSample");

        var findings = Scan(loaded.Assembly, new HashSet<string>(StringComparer.Ordinal) { "widget_t" });

        string[] expected =
        [
            "nullable handle result: Widget.Open returns Widget?",
            "pointer: Widget.Read(buffer) is System.Byte*",
            "argN: Widget.Read(arg1)",
            "out: Widget.Parse(out value)",
            "pointer: Widget.Raw is System.IntPtr",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Order(StringComparer.Ordinal));
    }

    /// <summary>Every finding, one line each: the rule, then the member.</summary>
    internal static List<string> Scan(Assembly assembly, IReadOnlySet<string> thinTypes)
    {
        var findings = new List<string>();
        foreach (var type in assembly.GetExportedTypes().Where(t => !thinTypes.Contains(t.Name)))
        {
            if (type.IsSubclassOf(typeof(Delegate)))
            {
                var invoke = type.GetMethod("Invoke")!;
                CheckSignature(findings, type.Name, invoke, allowOut: false);
                continue;
            }

            const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsSpecialName))
            {
                var where = $"{type.Name}.{method.Name}";
                CheckSignature(findings, where, method, allowOut: method.Name.StartsWith("Try", StringComparison.Ordinal));
                if (IsHandle(method.ReturnType) && Nullability.Create(method.ReturnParameter).ReadState == NullabilityState.Nullable)
                    findings.Add($"nullable handle result: {where} returns {method.ReturnType.Name}?");
            }

            foreach (var constructor in type.GetConstructors(Declared))
                CheckSignature(findings, $"{type.Name}..ctor", constructor, allowOut: false);
            foreach (var property in type.GetProperties(Declared))
            {
                if (IsRaw(property.PropertyType))
                    findings.Add($"pointer: {type.Name}.{property.Name} is {property.PropertyType}");
            }

            foreach (var field in type.GetFields(Declared))
            {
                if (IsRaw(field.FieldType))
                    findings.Add($"pointer: {type.Name}.{field.Name} is {field.FieldType}");
            }
        }

        return findings;
    }

    private static void CheckSignature(List<string> findings, string where, MethodBase method, bool allowOut)
    {
        if (method is MethodInfo info && IsRaw(info.ReturnType))
            findings.Add($"pointer: {where} returns {info.ReturnType}");
        foreach (var parameter in method.GetParameters())
        {
            if (IsRaw(parameter.ParameterType))
                findings.Add($"pointer: {where}({parameter.Name}) is {parameter.ParameterType}");
            if (parameter.Name is { } n && Regex.IsMatch(n, "^arg[0-9]+$"))
                findings.Add($"argN: {where}({n})");
            if (parameter.IsOut && !allowOut)
                findings.Add($"out: {where}(out {parameter.Name})");
        }
    }

    private static bool IsHandle(Type type) => type.IsSubclassOf(typeof(SafeHandle));

    /// <summary>
    /// A pointer, a function pointer or <c>nint</c> (<c>IntPtr</c>), also by reference or as an array element;
    /// <c>nuint</c> is C's <c>size_t</c>, a number.
    /// </summary>
    private static bool IsRaw(Type type)
    {
        while (type.IsByRef || type.IsArray)
            type = type.GetElementType()!;
        return type.IsPointer || type.IsFunctionPointer || type == typeof(IntPtr);
    }
}
