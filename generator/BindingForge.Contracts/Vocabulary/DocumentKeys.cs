namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a contract's root mapping: the version and the sections.</summary>
public static class DocumentKeys
{
    /// <summary>The format version this build reads.</summary>
    public const long CurrentVersion = 1;

    public static readonly KeyRow Version = new("bindingforge", new IntegerShape(), "format version; optional, but when present it must be 1 (BF2007)");

    public static readonly KeyRow Library = new("library", new MappingShape(LibraryKeys.Table), "the native library and how to parse its headers") { Required = true };

    public static readonly KeyRow Handles = new("handles", new EntriesShape(HandleKeys.Table), "opaque pointer types that become SafeHandle classes, keyed by the C type pointed to");

    public static readonly KeyRow Errors = new("errors", new EntriesShape(ErrorKeys.Table), "what a return code means");

    public static readonly KeyRow Structs = new("structs", new EntriesShape(StructKeys.Table), "extension: caller-allocated structs");

    public static readonly KeyRow Functions = new("functions", new EntriesShape(FunctionKeys.Table), "facts about functions, keyed by the C function name");

    public static readonly KeyRow Globals = new("globals", new EntriesShape(GlobalKeys.Table), "extension: exported variables in the safe API, keyed by the C name");

    public static readonly KeyRow Enums = new("enums", new EntriesShape(EnumKeys.Table), "extension: groups of C constants as C# enums, keyed by the enum's C# name");

    public static readonly KeyTable Table = new("the contract", Version, Library, Handles, Errors, Structs, Functions, Globals, Enums);
}
