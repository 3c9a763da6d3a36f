namespace BindingForge.Review.Surface;

/// <summary>The item kinds of an API record, as the file spells them; a record's fields and an enum's enumerators use their owner's kind.</summary>
public static class ApiKinds
{
    /// <summary>The native library name: <c>library sqlite3</c>.</summary>
    public const string Library = "library";
    /// <summary>A version macro of the headers: <c>version SQLITE_VERSION = "3.40.1"</c>.</summary>
    public const string Version = "version";
    /// <summary>A function with its C and C# signatures.</summary>
    public const string Function = "function";
    /// <summary>A struct or union (size, alignment, C# name), and each of its fields (<c>record bf_point.x @0 int32_t</c>).</summary>
    public const string Record = "record";
    /// <summary>A named enum (underlying type, C# name), and each enumerator (<c>enum bf_kind.BF_KIND_CHILD = 2</c>).</summary>
    public const string Enum = "enum";
    /// <summary>A macro constant or a member of a nameless enum, with its C type and C# constant.</summary>
    public const string Constant = "const";
    /// <summary>A typedef and the C type it names.</summary>
    public const string Typedef = "typedef";

    /// <summary>Every kind, in the order the file lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Library, Version, Constant, Enum, Function, Record, Typedef];
}
