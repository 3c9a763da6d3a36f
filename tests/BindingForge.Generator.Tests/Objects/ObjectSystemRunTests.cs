using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Objects;

/// <summary>
/// tests/native/objects.yaml generated in the safe style, compiled and run against the fixture's object system,
/// whose counters (live objects, unrefs of dead objects) prove each rule: a derived handle is released through its
/// base's <c>bfo_unref(void *)</c> (<c>base:</c>), a floating result is sunk on adoption (<c>owned: { floating: true }</c>),
/// nothing leaks and nothing is released twice. The control drops <c>floating</c>: the handle then holds a floating
/// reference a container would steal.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class ObjectSystemRunTests
{
    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(Contract("objects.yaml"), SafeBindings.FixtureLibrary), "SafeObjects", ObjectSystemDriver.Source));

    private static readonly Lazy<LoadedAssembly> WithoutFloating = new(() => SafeBindings.Load(
        SafeBindings.Options(Contract("objects-nofloat.yaml", "owned: { floating: true }"), SafeBindings.FixtureLibrary), "SafeObjectsNoFloat", ObjectSystemDriver.Source));

    /// <summary>objects.yaml with its include folder made absolute, and <paramref name="replace"/> made a plain <c>owned: true</c>.</summary>
    private static string Contract(string name, string? replace = null)
    {
        var native = Path.Combine(SafeBindings.Root, "tests", "native");
        var text = File.ReadAllText(Path.Combine(native, "objects.yaml")).Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal);
        if (replace is not null)
        {
            Assert.Contains(replace, text);
            text = text.Replace(replace, "owned: true", StringComparison.Ordinal);
        }

        var path = Path.Combine(Contracts.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Text(LoadedAssembly assembly, string method) => (string)assembly.Invoke("BindingForge.Objects.Driver", method)!;

    private static string Run(LoadedAssembly assembly, string method)
    {
        var before = Text(assembly, "Live");
        var result = Text(assembly, method);
        Assert.Equal(before, Text(assembly, "Live"));
        return result;
    }

    [Fact]
    public void A_floating_result_is_sunk_on_adoption()
    {
        Assert.Equal("refs=1 floating=0 a", Run(Bindings.Value, "FloatingIsSunk"));
    }

    [Fact]
    public void Without_the_floating_fact_the_handle_holds_a_floating_reference()
    {
        Assert.Equal("refs=1 floating=1 a", Run(WithoutFloating.Value, "FloatingIsSunk"));
    }

    [Fact]
    public void A_derived_handle_is_released_and_retained_through_its_bases_void_pointer_functions()
    {
        // the copy and its clone share one object with two references; the floating original and the copy are two objects
        Assert.Equal("refs=2 floating=0 live+2 after+0", Run(Bindings.Value, "ReleasedThroughTheBase"));
    }
}
