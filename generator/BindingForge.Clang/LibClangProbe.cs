using BindingForge.Clang.Interop;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Clang;

/// <summary>
/// Which libclang a read would use, for <c>bindingforge doctor</c>: loads it as a read does (override, then the bundled
/// NuGet copy, then the system's) and says where it came from and where its builtin headers are.
/// </summary>
public static class LibClangProbe
{
    /// <summary>The variable that names a libclang file to use instead of searching.</summary>
    public const string OverrideVariable = LibClangLoader.OverrideVariable;

    /// <summary>Loads libclang if not done yet; false with the BF1001 diagnostic when it cannot be found.</summary>
    public static bool TryLoad(out LibClangInstallation installation, out Diagnostic? failure) =>
        LibClangLoader.TryLoad(out installation, out failure);
}
