namespace BindingForge.Generator.Session;

/// <summary>
/// Maps a contract's <c>library:</c> section onto <see cref="GeneratorOptions"/>: the defaults of a generation run
/// from a contract, before the command line's (or a build task's) own settings go on top.
/// </summary>
public static class ContractOptions
{
    /// <summary>
    /// <paramref name="options"/> with what the session's library section states; with only the contract path when the
    /// contract did not load (its diagnostics are the session's).
    /// </summary>
    public static GeneratorOptions Apply(BindingSession session, GeneratorOptions options)
    {
        if (session.Library is not { } library)
            return options with { ContractPath = session.ContractPath };

        return options with
        {
            ContractPath = session.ContractPath,
            Library = library.Library,
            Headers = library.Headers,
            IncludeDirs = library.IncludeDirs,
            Defines = library.Defines,
            ClangArgs = library.ClangArgs,
            Namespace = library.Namespace ?? options.Namespace,
            ClassName = library.ClassName ?? ClassNameFor(library.Library),
            Include = library.Include,
            Exclude = library.Exclude,
        };
    }

    /// <summary>The class name a library gets when nothing names one: <c>sqlite3</c> -> <c>Sqlite3</c>, <c>my_lib</c> -> <c>MyLib</c>.</summary>
    public static string ClassNameFor(string library) =>
        string.Concat(library.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
