namespace BindingForge.Model;

/// <summary>
/// Which extra clang arguments a contract may carry. Contracts arrive in pull requests, and some clang arguments run
/// code (<c>-fplugin=</c>, <c>-Xclang -load</c>) or read and write arbitrary files (<c>-o</c>, <c>-MF</c>, <c>@file</c>),
/// so a contract's <c>clang_args:</c> holds only language and target options, one token each: <c>-std=</c>, <c>-f…</c>
/// (not plugins), <c>-W…</c>, <c>-w</c>, <c>-m…</c>, <c>--target=</c>, <c>-D…</c>, <c>-U…</c>. The command line's
/// <c>--clang-arg</c> is the user's own and is passed as given.
/// </summary>
public static class ClangArguments
{
    private static readonly string[] Allowed = ["-std=", "-f", "-W", "-m", "--target=", "-D", "-U"];

    private static readonly string[] Refused = ["-fplugin", "-fpass-plugin", "-fprofile", "-fmodules-cache-path", "-fcrash-diagnostics"];

    /// <summary>True when a contract may pass <paramref name="argument"/> to clang.</summary>
    public static bool IsAllowedInContract(string argument) =>
        argument == "-w"
        || (Allowed.Any(p => argument.StartsWith(p, StringComparison.Ordinal) && argument.Length > p.Length)
            && !Refused.Any(p => argument.StartsWith(p, StringComparison.Ordinal))
            && !argument.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)));
}
