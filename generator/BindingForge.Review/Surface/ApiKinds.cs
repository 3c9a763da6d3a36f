namespace BindingForge.Review.Surface;

/// <summary>The item kinds of an API record, as the file spells them; a record's fields and an enum's enumerators use their owner's kind.</summary>
public static class ApiKinds
{
    public const string Library = "library";
    public const string Version = "version";
    public const string Function = "function";
    public const string Record = "record";
    public const string Enum = "enum";
    public const string Constant = "const";
    public const string Typedef = "typedef";

    /// <summary>Every kind, in the order the file lists them.</summary>
    public static IReadOnlyList<string> All { get; } = [Library, Version, Constant, Enum, Function, Record, Typedef];
}
