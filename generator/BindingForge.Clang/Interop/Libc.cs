using System.Runtime.InteropServices;

namespace BindingForge.Clang.Interop;

/// <summary>The C library, for the one call .NET has no equivalent of: a <c>setenv</c> that <c>getenv</c> sees.</summary>
internal static partial class Libc
{
    /// <summary>
    /// POSIX <c>setenv</c>. <see cref="Environment.SetEnvironmentVariable(string, string)"/> only changes .NET's
    /// own copy of the environment; native code calling <c>getenv</c> (libclang does) never sees it.
    /// </summary>
    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    public static partial int SetEnv(string name, string value, int overwrite);
}
