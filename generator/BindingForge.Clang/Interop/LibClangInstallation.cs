namespace BindingForge.Clang.Interop;

/// <summary>The libclang the process loaded, and where its builtin headers come from.</summary>
/// <param name="LibraryPath">The file that was loaded.</param>
/// <param name="Source">How it was found: <c>BINDINGFORGE_LIBCLANG</c>, <c>bundled</c> (the NuGet package beside the tool) or <c>system</c>.</param>
/// <param name="Version">What <c>clang_getClangVersion</c> says, e.g. <c>Debian clang version 19.1.7 (3)</c>.</param>
/// <param name="ResourceDir">Clang's resource directory (holds <c>include/stddef.h</c>), or null when not found.</param>
/// <param name="CompilerIncludeDir">
/// Without a resource directory: the system C compiler's builtin header folder, passed as <c>-isystem</c>; else null.
/// </param>
/// <param name="Compiler">The compiler that named <paramref name="CompilerIncludeDir"/>.</param>
public sealed record LibClangInstallation(string LibraryPath, string Source, string Version, string? ResourceDir, string? CompilerIncludeDir = null, string? Compiler = null)
{
    /// <summary>True when some folder supplies <c>stddef.h</c> and friends.</summary>
    public bool HasBuiltinHeaders => ResourceDir is not null || CompilerIncludeDir is not null;
}
