using System.Diagnostics;

namespace BindingForge.Generator.Shim;

/// <summary>
/// Builds the shim's shared library with the system C compiler, as rust-bindgen's users and cgo do:
/// <c>cc -shared -fPIC -O2 -Wall -Wno-unused-function -I... -D... -o shim.so shim.c -lname</c>, in a temporary folder.
/// The compiler is the one named, else <c>$CC</c>, else the first of <c>cc</c>, <c>gcc</c>, <c>clang</c> on the PATH.
/// </summary>
public sealed class ShimCompiler(string path)
{
    /// <summary>What a Debian machine installs to get one.</summary>
    public const string InstallCommand = "apt-get install gcc libc6-dev";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>The compiler's path.</summary>
    public string Path { get; } = path;

    /// <summary>The compiler to use, or null when none is found.</summary>
    public static ShimCompiler? Find(string? configured)
    {
        var candidates = configured is not null
            ? [configured]
            : new[] { Environment.GetEnvironmentVariable("CC"), "cc", "gcc", "clang" }.OfType<string>().Where(c => c.Length > 0);
        foreach (var candidate in candidates)
        {
            if (Resolve(candidate) is { } found)
                return new ShimCompiler(found);
        }

        return null;
    }

    /// <summary>
    /// The library's bytes, or null with the compiler's complaint in <paramref name="error"/>. The shim is linked
    /// against <paramref name="library"/> (<c>-lsqlite3</c>, or the file of a library given as a path), so that the
    /// inline functions' calls into it resolve when the shim loads.
    /// </summary>
    public byte[]? Compile(string source, IEnumerable<string> includeDirs, IEnumerable<string> defines, string library, out string error) =>
        Compile(source, includeDirs, defines, [], library, out error);

    /// <param name="extra">Arguments after BindingForge's own (<c>--cc-arg</c>): later flags win, so they can override.</param>
    public byte[]? Compile(string source, IEnumerable<string> includeDirs, IEnumerable<string> defines, IEnumerable<string> extra, string library, out string error)
    {
        var folder = Directory.CreateTempSubdirectory("bindingforge-shim-").FullName;
        try
        {
            File.WriteAllText(System.IO.Path.Combine(folder, "shim.c"), source);
            var arguments = new[] { "-shared", "-fPIC", "-O2", "-Wall", "-Wno-unused-function" }
                .Concat(includeDirs.Select(d => "-I" + d)).Concat(defines.Select(d => "-D" + d)).Concat(extra)
                .Concat(["-o", "shim.so", "shim.c", library.Contains('/') ? System.IO.Path.GetFullPath(library) : "-l" + library]);
            return Run(folder, arguments, out error) ? File.ReadAllBytes(System.IO.Path.Combine(folder, "shim.so")) : null;
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temporary folder is harmless.
            }
        }
    }

    /// <summary>
    /// Runs the compiler with <paramref name="arguments"/> in <paramref name="folder"/>; false with its complaint (or why it
    /// could not run) in <paramref name="error"/> when it fails. Other tools build their own C programs with it (the probe).
    /// </summary>
    public bool Run(string folder, IEnumerable<string> arguments, out string error)
    {
        try
        {
            var start = new ProcessStartInfo(Path) { WorkingDirectory = folder, RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                error = $"{Path} did not finish in {Timeout.TotalSeconds:0} s";
                return false;
            }

            error = stderr.Result.Trim();
            return process.ExitCode == 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            error = $"{Path} could not be run: {e.Message}";
            return false;
        }
    }

    private static string? Resolve(string command)
    {
        if (command.Contains('/'))
            return File.Exists(command) ? System.IO.Path.GetFullPath(command) : null;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = System.IO.Path.Combine(directory, command);
            if (File.Exists(candidate))
                return candidate;
        }

        return null;
    }
}
