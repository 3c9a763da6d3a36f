using System.Reflection;
using System.Runtime.InteropServices;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Clang.Interop;

/// <summary>
/// Loads libclang once per process: disarms its crash-recovery trap, finds the file
/// (<see cref="LibClangLocator"/>), and routes every <c>[LibraryImport("libclang")]</c> of this assembly to it.
/// A missing library is a diagnostic (<see cref="ClangDiagnosticIds.LibClangNotFound"/>), never an exception.
/// </summary>
internal static class LibClangLoader
{
    /// <summary>Names a libclang file to use instead of searching.</summary>
    public const string OverrideVariable = "BINDINGFORGE_LIBCLANG";

    /// <summary>The Debian packages that provide the library and clang's builtin headers (the fallback to the NuGet package).</summary>
    public const string InstallCommand = "apt-get install -y libclang1-19 libclang-common-19-dev";

    private static readonly Lazy<(LibClangInstallation? Installation, Diagnostic? Failure)> s_load =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    private static nint s_handle;

    /// <summary>Loads libclang if not done yet. False with a BF1001 diagnostic when it cannot be found.</summary>
    public static bool TryLoad(out LibClangInstallation installation, out Diagnostic? failure)
    {
        var (loaded, error) = s_load.Value;
        installation = loaded!;
        failure = error;
        return loaded is not null;
    }

    private static (LibClangInstallation?, Diagnostic?) Load()
    {
        DisableCrashRecovery();
        // An override is exclusive: falling back silently would hide a mistyped path.
        var overridePath = Environment.GetEnvironmentVariable(OverrideVariable);
        IReadOnlyList<(string Path, string Source)> candidates = string.IsNullOrWhiteSpace(overridePath)
            ? [.. LibClangLocator.BundledPaths().Select(p => (p, "bundled")), .. LibClangLocator.CandidatePaths().Select(p => (p, "system"))]
            : [(overridePath, OverrideVariable)];
        var (path, source) = candidates.FirstOrDefault(c => NativeLibrary.TryLoad(c.Path, out s_handle));
        if (path is null)
            return (null, NotFound(overridePath, [.. candidates.Select(c => c.Path)]));

        NativeLibrary.SetDllImportResolver(typeof(LibClangLoader).Assembly, Resolve);
        var version = LibClang.clang_getClangVersion().ToManagedAndDispose();
        var installation = new LibClangInstallation(path, source, version, LibClangLocator.FindResourceDir(path, version));
        // A libclang without its resource directory (the NuGet package's) parses with the C compiler's builtin headers.
        if (installation.ResourceDir is null && CompilerBuiltinHeaders.Find() is { } builtin)
            installation = installation with { CompilerIncludeDir = builtin.Directory, Compiler = builtin.Compiler };
        return (installation, null);
    }

    /// <summary>
    /// clang_createIndex installs LLVM's crash-recovery signal handlers for the whole process; after that a
    /// NullReferenceException on any thread aborts it. libclang skips them when this variable is set, and it
    /// reads it with getenv, which only the C library's setenv reaches.
    /// </summary>
    private static void DisableCrashRecovery()
    {
        try
        {
            Libc.SetEnv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not a C library with setenv (not Linux or macOS): nothing to disarm this way.
        }
    }

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LibClang.LibraryName ? s_handle : 0;

    internal static Diagnostic NotFound(string? overridePath, IReadOnlyList<string> candidates)
    {
        var what = string.IsNullOrWhiteSpace(overridePath)
            ? $"libclang was not found (tried {string.Join(", ", candidates)})."
            : $"libclang could not be loaded from {OverrideVariable}={overridePath}.";
        var message = $"{what} Install it with `{InstallCommand}`, or set {OverrideVariable} to the library file.";
        return new Diagnostic(ClangDiagnosticIds.LibClangNotFound, DiagnosticSeverity.Error, message, SourceLocation.None);
    }
}
