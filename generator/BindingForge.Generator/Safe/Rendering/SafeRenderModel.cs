namespace BindingForge.Generator.Safe.Rendering;

/// <summary>
/// Everything the safe templates print, already computed in C#: class files with their members as records, the
/// exceptions and their factories, the callback delegates and trampolines. Templates only loop and branch over it.
/// </summary>
internal sealed record SafeRenderModel
{
    public required string Namespace { get; init; }

    /// <summary>The namespaces every safe file imports, in order.</summary>
    public required IReadOnlyList<string> Usings { get; init; }

    /// <summary>The handle, struct and static classes, one file each.</summary>
    public required IReadOnlyList<ClassRender> Classes { get; init; }

    /// <summary><c>{Class}.Errors.cs</c>: the exception classes.</summary>
    public required IReadOnlyList<ExceptionRender> Exceptions { get; init; }

    /// <summary>The internal class that builds exceptions with the library's message (<c>Sqlite3Errors</c>).</summary>
    public required string ErrorsClass { get; init; }

    /// <summary>The factories of <see cref="ErrorsClass"/>.</summary>
    public required IReadOnlyList<MemberRender> ErrorFactories { get; init; }

    /// <summary>The file name of the errors file.</summary>
    public required string ErrorsFile { get; init; }

    /// <summary>The callback delegate types.</summary>
    public required IReadOnlyList<DelegateRender> Delegates { get; init; }

    /// <summary>The internal class with the trampolines (<c>Sqlite3Callbacks</c>).</summary>
    public required string CallbacksClass { get; init; }

    /// <summary>The trampolines.</summary>
    public required IReadOnlyList<MemberRender> Trampolines { get; init; }

    /// <summary>The file name of the callbacks file.</summary>
    public required string CallbacksFile { get; init; }

    /// <summary>The contract's enums and the option enums of variadic functions' forms (<c>{Class}.Enums.cs</c>).</summary>
    public IReadOnlyList<EnumRender> Enums { get; init; } = [];

    /// <summary>The file name of the option enums' file.</summary>
    public string EnumsFile { get; init; } = "";
}
