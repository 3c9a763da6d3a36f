using BindingForge.Generator.Tests.Support;
using BindingForge.Generator.Thin;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// The generated resolver finds a library that exists only as a versioned file. libgcc_s is the test subject: every
/// Linux machine with .NET has /lib/x86_64-linux-gnu/libgcc_s.so.1, and no <c>libgcc_s.so</c> in the loader's path,
/// so LibraryImport's own probing for "gcc_s" fails and only the generated resolver can succeed.
/// </summary>
public sealed class LibraryResolverTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Header = "int __popcountdi2(long value);\n";

    private const string Driver = """
        using System.Runtime.InteropServices;

        namespace Run.Resolver;

        public static class Driver
        {
            public static int PopCount(long value) => GccNative.__popcountdi2(new CLong((nint)value));
        }
        """;

    private GeneratorOptions Options(string className = "Gcc") => new()
    {
        Headers = [_temp.File("gcc.h", Header)],
        Library = "gcc_s",
        ClassName = className,
        Namespace = "Run.Resolver",
    };

    [Fact]
    public void The_runtime_cannot_load_the_plain_name_by_itself()
    {
        // Precondition of the other tests here: without the resolver, "gcc_s" does not load.
        Assert.False(System.Runtime.InteropServices.NativeLibrary.TryLoad("libgcc_s.so", out _));
    }

    [Fact]
    public void Sonames_found_at_generation_time_are_tried()
    {
        var result = new VerifiedPipeline().Run(Options());
        var native = result.Files.Single(f => f.RelativePath == "GccNative.cs").Content;
        Assert.Contains("\"libgcc_s.so.1\"", native);
        using var assembly = GeneratedBinding.Load(result, "ResolverSoname", Driver);
        Assert.Equal(8, assembly.Invoke("Run.Resolver.Driver", "PopCount", 0xFFL));
    }

    [Fact]
    public void The_library_folders_are_scanned_at_run_time()
    {
        var result = new VerifiedPipeline(NativeLibraryProbe.None).Run(Options());
        var native = result.Files.Single(f => f.RelativePath == "GccNative.cs").Content;
        Assert.DoesNotContain("\"libgcc_s.so.1\"", native);
        using var assembly = GeneratedBinding.Load(result, "ResolverScan", Driver);
        Assert.Equal(3, assembly.Invoke("Run.Resolver.Driver", "PopCount", 0b1011L));
    }

    [Fact]
    public void Two_generated_libraries_resolve_side_by_side_in_one_assembly()
    {
        var gcc = new VerifiedPipeline().Run(Options());
        var zlib = new VerifiedPipeline().Run(new GeneratorOptions
        {
            Headers = ["/usr/include/zlib.h"],
            Library = "z",
            ClassName = "Zlib",
            Namespace = "Run.Resolver",
        });
        const string both = """
            using System.Runtime.InteropServices;

            namespace Run.Resolver;

            public static unsafe class Both
            {
                public static string Call()
                {
                    var bytes = "abc"u8;
                    fixed (byte* p = bytes)
                    {
                        var adler = ZlibNative.adler32(new CULong(1), p, 3).Value;
                        return $"{GccNative.__popcountdi2(new CLong(7))}:{adler}";
                    }
                }
            }
            """;
        var merged = gcc with { Files = gcc.Files.AddRange(zlib.Files) };
        using var assembly = GeneratedBinding.Load(merged, "ResolverBoth", both);
        Assert.Equal("3:38600999", assembly.Invoke("Run.Resolver.Both", "Call"));
    }

    public void Dispose() => _temp.Dispose();
}
