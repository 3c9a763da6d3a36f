using BindingForge.Clang.Interop;
using BindingForge.Clang.Reading;

namespace BindingForge.Clang.Tests;

/// <summary>A libclang without its resource directory (the NuGet package's) parses with the C compiler's builtin headers.</summary>
public sealed class BuiltinHeadersTests
{
    [Fact]
    public void The_system_compiler_names_a_folder_with_stddef_and_stdarg()
    {
        var found = CompilerBuiltinHeaders.Find();

        Assert.NotNull(found);
        Assert.True(File.Exists(Path.Combine(found.Value.Directory, "stddef.h")));
        Assert.True(File.Exists(Path.Combine(found.Value.Directory, "stdarg.h")));
    }

    [Fact]
    public void The_compiler_folder_is_a_system_include_only_without_a_resource_dir()
    {
        var request = new HeaderReadRequest(["x.h"], [], []);

        var without = ClangArguments.Build(request, resourceDir: null, compilerIncludeDir: "/cc/include");
        var with = ClangArguments.Build(request, resourceDir: "/clang/19", compilerIncludeDir: "/cc/include");

        Assert.Contains("-isystem", without);
        Assert.Equal("/cc/include", without[without.ToList().IndexOf("-isystem") + 1]);
        Assert.DoesNotContain("-isystem", with);
        Assert.Equal("/clang/19", with[with.ToList().IndexOf("-resource-dir") + 1]);
    }

    [Fact]
    public void Nothing_is_bundled_beside_the_tests_so_they_use_the_system_libclang()
    {
        Assert.Empty(LibClangLocator.BundledPaths());
    }
}
