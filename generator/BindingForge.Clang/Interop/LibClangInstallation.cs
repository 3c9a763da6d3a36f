namespace BindingForge.Clang.Interop;

/// <summary>The libclang the process loaded.</summary>
/// <param name="LibraryPath">The file that was loaded.</param>
/// <param name="Version">What <c>clang_getClangVersion</c> says, e.g. <c>Debian clang version 19.1.7 (3)</c>.</param>
/// <param name="ResourceDir">Clang's resource directory (holds <c>include/stddef.h</c>), or null when not found.</param>
internal sealed record LibClangInstallation(string LibraryPath, string Version, string? ResourceDir);
