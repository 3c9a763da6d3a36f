using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Unit;

public sealed class NativeLibraryProbeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    [Fact]
    public void Finds_sonames_highest_major_first()
    {
        foreach (var name in new[] { "libfoo.so", "libfoo.so.1", "libfoo.so.1.2.3", "libfoo.so.2", "libfoo.so.10", "libfoo.so.bak", "libfoobar.so.1" })
            _temp.File(name, "");
        var probe = new NativeLibraryProbe([_temp.Path, "/does/not/exist"]);
        Assert.Equal(["libfoo.so.10", "libfoo.so.2", "libfoo.so.1"], probe.FindVersionedNames("foo"));
    }

    [Fact]
    public void Falls_back_to_full_versions_when_there_is_no_soname()
    {
        _temp.File("libbar.so.1.2.3", "");
        Assert.Equal(["libbar.so.1.2.3"], new NativeLibraryProbe([_temp.Path]).FindVersionedNames("bar"));
    }

    [Fact]
    public void Finds_the_system_zlib_runtime_file() =>
        Assert.Contains("libz.so.1", NativeLibraryProbe.Default.FindVersionedNames("z"));

    public void Dispose() => _temp.Dispose();
}
