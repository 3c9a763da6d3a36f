using System.ComponentModel;
using System.Diagnostics;

namespace BindingForge.Clang.Interop;

/// <summary>
/// The system C compiler's own builtin header folder (<c>stddef.h</c>, <c>stdarg.h</c> ...), for a libclang that ships
/// without its resource directory: the NuGet package <c>libclang.runtime.linux-x64</c> has none. Found by asking the
/// compiler (<c>$CC</c>, else <c>cc</c>, <c>gcc</c>, <c>clang</c>) for <c>-print-file-name=include</c>, the same compiler
/// that builds the shim. Measured: with gcc 12's folder, sqlite3 and zlib output are byte-identical to Debian's
/// libclang 19 with its own resource directory.
/// </summary>
internal static class CompilerBuiltinHeaders
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The folder and the compiler that named it, or null when no compiler answers with a folder holding <c>stddef.h</c>.</summary>
    public static (string Directory, string Compiler)? Find()
    {
        foreach (var compiler in Compilers())
        {
            if (Ask(compiler) is { } dir && File.Exists(Path.Combine(dir, "stddef.h")))
                return (dir, compiler);
        }
        return null;
    }

    private static IEnumerable<string> Compilers()
    {
        if (Environment.GetEnvironmentVariable("CC") is { Length: > 0 } cc)
            yield return cc;
        yield return "cc";
        yield return "gcc";
        yield return "clang";
    }

    private static string? Ask(string compiler)
    {
        var start = new ProcessStartInfo(compiler)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-print-file-name=include");
        try
        {
            using var process = Process.Start(start);
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                return null;
            }
            var path = output.Result.Trim();
            // A compiler that does not know the file prints the bare name back.
            return process.ExitCode == 0 && Path.IsPathRooted(path) && Directory.Exists(path) ? path : null;
        }
        catch (Exception ex) when (ex is Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
