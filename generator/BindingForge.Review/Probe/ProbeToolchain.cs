using System.Security.Cryptography;
using System.Text;
using BindingForge.Contracts;
using BindingForge.Generator.Shim;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Probe;

/// <summary>
/// The tracer (<c>bfprobe.so</c>) and the driver (<c>bfprobe-driver</c>), built with the system C compiler from the
/// sources embedded in this assembly (runtime/probe) into a cache folder named by a hash of the sources and the
/// compiler, so a second probe builds nothing: <c>$BINDINGFORGE_PROBE_CACHE</c>, else <c>$XDG_CACHE_HOME/bindingforge/probe</c>,
/// else <c>~/.cache/bindingforge/probe</c>.
/// </summary>
public sealed record ProbeToolchain(string Tracer, string Driver)
{
    private const string TracerSource = "probe/bfprobe.c";
    private const string DriverSource = "probe/bfprobe-driver.c";

    /// <summary>Builds (or finds) both; null with a diagnostic when there is no compiler or a build fails.</summary>
    public static ProbeToolchain? Build(string? compiler, List<Diagnostic> diagnostics)
    {
        if (ShimCompiler.Find(compiler) is not { } cc)
        {
            diagnostics.Add(Error(ContractDiagnosticIds.ProbeNoCompiler, $"no C compiler found to build the allocation tracer ({ShimCompiler.InstallCommand}, or name one with --cc)"));
            return null;
        }

        var tracer = Source(TracerSource);
        var driver = Source(DriverSource);
        var folder = Path.Combine(CacheRoot(), Hash(tracer + driver + cc.Path));
        var result = new ProbeToolchain(Path.Combine(folder, "bfprobe.so"), Path.Combine(folder, "bfprobe-driver"));
        if (File.Exists(result.Tracer) && File.Exists(result.Driver))
            return result;

        Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("bindingforge-probe-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(work, "bfprobe.c"), tracer);
            File.WriteAllText(Path.Combine(work, "bfprobe-driver.c"), driver);
            if (!cc.Run(work, ["-shared", "-fPIC", "-O2", "-Wall", "-o", "bfprobe.so", "bfprobe.c", "-ldl", "-lpthread"], out var error)
                || !cc.Run(work, ["-O2", "-Wall", "-o", "bfprobe-driver", "bfprobe-driver.c", "-ldl"], out error))
            {
                diagnostics.Add(Error(ContractDiagnosticIds.ProbeBuildFailed, $"the allocation tracer did not compile with {cc.Path}: {error}"));
                return null;
            }

            // Renamed into place, so a parallel probe never runs half a file.
            File.Move(Path.Combine(work, "bfprobe.so"), result.Tracer, overwrite: true);
            File.Move(Path.Combine(work, "bfprobe-driver"), result.Driver, overwrite: true);
            return result;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string CacheRoot()
    {
        if (Environment.GetEnvironmentVariable("BINDINGFORGE_PROBE_CACHE") is { Length: > 0 } configured)
            return configured;
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(cache, "bindingforge", "probe");
    }

    private static string Source(string name)
    {
        using var stream = typeof(ProbeToolchain).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the resource {name} is missing from {typeof(ProbeToolchain).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    internal static Diagnostic Error(string id, string message) =>
        new(id, DiagnosticSeverity.Error, message, SourceLocation.None);
}
