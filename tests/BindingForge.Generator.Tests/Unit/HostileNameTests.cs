using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>
/// C names are untrusted: whatever a header calls its declarations, the generated code compiles and declares what the
/// model says, under a legal C# name.
/// </summary>
public sealed class HostileNameTests
{
    [Theory]
    [InlineData("__arglist")]
    [InlineData("__makeref")]
    [InlineData("__reftype")]
    [InlineData("__refvalue")]
    [InlineData("class")]
    public void A_declaration_named_like_a_CSharp_keyword_compiles(string name)
    {
        var model = C.Model(
            functions: [C.Fn(name, C.Int, (name, C.Int))],
            records: [C.Record(name + "_s", 4, 4, C.Field(name, C.Int, 0))],
            enums: [new EnumDecl(name + "_e", PrimitiveKind.UInt, [new EnumMember(name, 0)], C.Here)]);
        var result = C.Generate(model);
        Assert.True(result.Succeeded);
        using var assembly = GeneratedBinding.Load(result, "Keyword" + name.Trim('_'));
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Generated.Test.TestNativeLayout", "Verify")!);
    }

    [Theory]
    [InlineData("TestNative")]
    [InlineData("TestNativeLayout")]
    public void A_record_named_like_a_generated_class_is_renamed_and_compiles(string name)
    {
        var model = C.Model(
            functions: [C.Fn("use_it", C.Int, ("value", C.Ptr(C.Struct(name))))],
            records: [C.Record(name, 4, 4, C.Field("x", C.Int, 0))]);
        var result = C.Generate(model);
        Assert.True(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Id == "BF3005");
        using var assembly = GeneratedBinding.Load(result, "Collide" + name);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Generated.Test.TestNativeLayout", "Verify")!);
    }

    [Fact]
    public void A_C_struct_yields_to_a_fixed_generated_class_and_a_contract_class_yields_to_a_C_struct()
    {
        using var temp = new TempDirectory();
        temp.File("widget.h", """
            typedef struct widget widget;
            struct Widget { int x; };
            struct WidgetsErrors { int y; };
            widget *widget_new(void);
            void widget_free(widget *w);
            int widget_measure(widget *w, struct Widget *into, struct WidgetsErrors *errors);
            """);
        var contract = temp.File("widget.yaml", """
            bindingforge: 1
            library: { name: widget, headers: [widget.h], include_dirs: [.], namespace: Hostile.Names, class: Widgets }
            handles:
              widget: { class: Widget, release: widget_free }
            functions:
              widget_new: { returns: { owned: true } }
            """);
        var options = SafeBindings.Options(contract);
        var result = new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Each collision renames one side once: the C struct gives way to the fixed errors class (BF3005), the
        // contract's handle class to the C struct (BF3503).
        Assert.Equal(["the C# type name 'WidgetsErrors' is already used; this type is named 'WidgetsErrors_'"],
            result.Diagnostics.Where(d => d.Id == "BF3005").Select(d => d.Message));
        Assert.Equal(["the class 'Widget' is named 'Widget2': a generated type already has that name"],
            result.Diagnostics.Where(d => d.Id == "BF3503").Select(d => d.Message));
        using var assembly = SafeBindings.Load(options, "CollideSafe");
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Hostile.Names.WidgetsNativeLayout", "Verify")!);
    }

    [Theory]
    [InlineData("Free")]
    [InlineData("Clone")]
    public void A_handle_class_named_like_a_member_it_overrides_is_renamed_and_compiles(string className)
    {
        using var temp = new TempDirectory();
        temp.File("widget.h", """
            typedef struct widget widget;
            widget *widget_new(void);
            void widget_free(widget *w);
            void widget_ref(widget *w);
            int widget_size(widget *w);
            """);
        var contract = temp.File("widget.yaml", $$"""
            bindingforge: 1
            library: { name: widget, headers: [widget.h], include_dirs: [.], namespace: Hostile.Names, class: Widgets }
            handles:
              widget: { class: {{className}}, release: widget_free, retain: widget_ref }
            functions:
              widget_new: { returns: { owned: true } }
            """);
        var options = SafeBindings.Options(contract);
        var result = new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(options);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Files, f => f.RelativePath == className + "Handle.cs");
        Assert.Contains(result.Diagnostics, d => d.Id == "BF3503" && d.Message.StartsWith($"the class '{className}' is named '{className}Handle'", StringComparison.Ordinal));
        using var assembly = SafeBindings.Load(options, "BaseMember" + className);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Hostile.Names.WidgetsNativeLayout", "Verify")!);
    }

    [Fact]
    public void C_type_names_of_lower_case_letters_only_compile_with_warnings_as_errors()
    {
        using var temp = new TempDirectory();
        var header = temp.File("lower.h", "struct point { int x; };\nenum color { red, green };\ntypedef struct handle handle;\nint area(struct point *p, enum color c, handle *h);\n");
        var result = new VerifiedPipeline(Thin.NativeLibraryProbe.None).Run(new GeneratorOptions { Headers = [header], Library = "lower", Namespace = "Lower.Names", ClassName = "Lower" });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var assembly = GeneratedBinding.Load(result, "LowerCaseNames");
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Lower.Names.LowerNativeLayout", "Verify")!);
    }
}
