using System.Runtime.InteropServices;
using BindingForge.Clang.Interop;
using BindingForge.Clang.Tests.Support;

namespace BindingForge.Clang.Tests;

public sealed partial class LibClangTests
{
    [Fact]
    public void Loads_libclang_19_with_its_resource_dir()
    {
        Assert.True(LibClangLoader.TryLoad(out var installation, out var failure), failure?.ToString());
        Assert.Contains("clang version 19", installation.Version, StringComparison.Ordinal);
        Assert.NotNull(installation.ResourceDir);
        Assert.True(File.Exists(Path.Combine(installation.ResourceDir, "include", "stddef.h")));
    }

    [Fact]
    public void Candidates_prefer_the_newest_llvm_folder_and_exist()
    {
        var candidates = LibClangLocator.CandidatePaths();
        Assert.StartsWith("/usr/lib/llvm-19/lib/", candidates[0], StringComparison.Ordinal);
        Assert.All(candidates.Where(c => c.Contains('/')), c => Assert.True(File.Exists(c), c));
        var newest = candidates.ToList().IndexOf("/usr/lib/x86_64-linux-gnu/libclang-19.so.19");
        var older = candidates.ToList().IndexOf("/usr/lib/x86_64-linux-gnu/libclang-14.so.14.0.6");
        Assert.True(newest > 0);
        Assert.True(older < 0 || older > newest);
        Assert.Equal("libclang.so", candidates[^3]);
    }

    [Fact]
    public void Resource_dir_is_found_from_the_multiarch_file_too()
    {
        Assert.Equal("/usr/lib/llvm-19/lib/clang/19",
            LibClangLocator.FindResourceDir("/usr/lib/x86_64-linux-gnu/libclang-19.so.19", "Debian clang version 19.1.7"));
        Assert.Null(LibClangLocator.FindResourceDir("/nowhere/libclang.so", "no version"));
    }

    [Fact]
    public void Crash_recovery_is_disabled_so_managed_exceptions_stay_catchable()
    {
        Assert.False(Read.Headers(TestPaths.Everything).HasErrors);
        Assert.Equal("1", Marshal.PtrToStringUTF8(GetEnv("LIBCLANG_DISABLE_CRASH_RECOVERY")));
        // With LLVM's handlers installed this would abort the test process instead of being caught.
        string? nothing = null;
        Assert.Throws<NullReferenceException>(() => nothing!.Length);
    }

    [LibraryImport("libc", EntryPoint = "getenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint GetEnv(string name);
}
