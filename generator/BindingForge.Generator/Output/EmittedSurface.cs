using System.Collections.Immutable;

namespace BindingForge.Generator.Output;

/// <summary>
/// What a run says it emitted, file by file: every type it declares and every member of each, by kind and by name
/// as spelled in C# (<c>@class</c> keeps its <c>@</c>). Built from the render records, which are the only source of
/// the names the templates print, next to the files themselves; a structural check of the output
/// (<c>BindingForge.Verification</c>) parses the files and refuses a run whose declarations differ from it, so an
/// escaping bug that lets input text become code is a refused run, not a shipped injection.
/// </summary>
/// <param name="Types">The declared types in file order; a partial class appears once per file that declares it.</param>
public sealed record EmittedSurface(ImmutableArray<EmittedType> Types)
{
    /// <summary>No files, no types.</summary>
    public static EmittedSurface Empty { get; } = new([]);

    /// <summary>This surface and <paramref name="other"/>'s types, in that order.</summary>
    public EmittedSurface Add(EmittedSurface other) => new(Types.AddRange(other.Types));
}

/// <summary>One type declaration in one generated file.</summary>
/// <param name="File">The file's relative path (<see cref="GeneratedFile.RelativePath"/>).</param>
/// <param name="Namespace">The file-scoped namespace it is declared in.</param>
/// <param name="Name">The type's name; a nested type is <c>Outer.Inner</c>.</param>
/// <param name="Kind">Class, struct, enum or delegate.</param>
/// <param name="Members">Its members, nested types excluded (they are types of their own).</param>
public sealed record EmittedType(string File, string Namespace, string Name, EmittedTypeKind Kind, ImmutableArray<EmittedMember> Members);

/// <summary>One member: what it is and its name.</summary>
public sealed record EmittedMember(EmittedMemberKind Kind, string Name)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()} {Name}";
}

/// <summary>The kinds of type declarations the templates write.</summary>
public enum EmittedTypeKind
{
    /// <summary>A class (static, sealed or partial).</summary>
    Class,

    /// <summary>A struct.</summary>
    Struct,

    /// <summary>An enum.</summary>
    Enum,

    /// <summary>A delegate type.</summary>
    Delegate,
}

/// <summary>The kinds of members the templates write; a field and a constant differ by <c>const</c>.</summary>
public enum EmittedMemberKind
{
    /// <summary>A field (not const).</summary>
    Field,

    /// <summary>A <c>const</c> field.</summary>
    Constant,

    /// <summary>A method, with a block or an expression body, or partial.</summary>
    Method,

    /// <summary>A property.</summary>
    Property,

    /// <summary>An instance constructor; its name is the type's.</summary>
    Constructor,

    /// <summary>A static constructor; its name is the type's.</summary>
    StaticConstructor,

    /// <summary>An enumerator.</summary>
    EnumMember,

    /// <summary>A conversion operator (<c>implicit</c> or <c>explicit</c>); its name is the target type as written.</summary>
    ConversionOperator,
}
