namespace BindingForge.Clang.Reading;

/// <summary>The clang command line of a read: C (gnu11), all comments kept as docs, the caller's -I/-D and extras.</summary>
internal static class ClangArguments
{
    /// <summary>
    /// The arguments, in order: language and comments; <c>-Wno-nullability-completeness</c>, because a header
    /// that marks some pointers <c>_Nonnull</c> would otherwise draw a warning for every pointer it does not mark;
    /// the resource directory (clang's own stddef.h, stdarg.h ...) or else the C compiler's builtin headers; then the request's -I, -D and extras.
    /// </summary>
    /// <param name="request">What to read.</param>
    /// <param name="resourceDir">Clang's resource directory, when the loaded libclang has one.</param>
    /// <param name="compilerIncludeDir">Else the C compiler's builtin header folder, given as <c>-isystem</c>.</param>
    public static IReadOnlyList<string> Build(HeaderReadRequest request, string? resourceDir, string? compilerIncludeDir = null)
    {
        var args = new List<string> { "-x", "c", "-std=gnu11", "-fparse-all-comments", "-fno-spell-checking", "-Wno-nullability-completeness" };
        if (resourceDir is not null)
            args.AddRange(["-resource-dir", resourceDir]);
        else if (compilerIncludeDir is not null)
            args.AddRange(["-isystem", compilerIncludeDir]);
        foreach (var dir in request.IncludeDirs)
            args.Add("-I" + Path.GetFullPath(dir));
        foreach (var define in request.Defines)
            args.Add("-D" + define);
        args.AddRange(request.ExtraArgs);
        return args;
    }

    /// <summary>The in-memory main file that pulls in every named header, in the order given.</summary>
    public static string IncludeAll(IReadOnlyList<string> headerPaths) =>
        string.Concat(headerPaths.Select(p => $"#include \"{p.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"\n"));

    /// <summary>The name of the in-memory main file. It exists nowhere on disk.</summary>
    public const string MainFileName = "/__bindingforge__/headers.c";
}
