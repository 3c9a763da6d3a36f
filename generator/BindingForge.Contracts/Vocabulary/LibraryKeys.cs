namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of the <c>library:</c> section.</summary>
public static class LibraryKeys
{
    public static readonly KeyRow Name = new("name", ValueShape.Text, "the native library, as LibraryImport / NativeLibrary name it")
    {
        Required = true,
        Diff = new(ChangeImpact.Behaviour, "{value}", Meaning: "the native library loaded changes"),
    };

    public static readonly KeyRow Headers = new("headers", ValueShape.TextList, "resolved against include_dirs, then the system paths")
    {
        Required = true,
        Diff = new(ChangeImpact.Behaviour, "{value}"),
    };

    public static readonly KeyRow IncludeDirs = new("include_dirs", ValueShape.TextList, "-I; a relative folder is relative to the contract file");

    public static readonly KeyRow Defines = new("defines", ValueShape.TextList, "-D for the parse: NAME or NAME=VALUE")
    {
        Diff = new(ChangeImpact.Behaviour, "{value}"),
    };

    public static readonly KeyRow ClangArgs = new("clang_args", new ListShape(new SymbolShape(SymbolKind.ClangOption)), "extra clang arguments for the parse: language and target options only (-std=, -f, -W, -m, --target=, -D, -U)")
    {
        Diff = new(ChangeImpact.Behaviour, "{value}"),
    };

    public static readonly KeyRow Namespace = new("namespace", new SymbolShape(SymbolKind.CSharpNamespace), "C# namespace")
    {
        Diff = new(ChangeImpact.Breaking, "{value}", "(none)", "every generated type moves"),
    };

    public static readonly KeyRow Class = new("class", ValueShape.Identifier, "safe static class for free functions; the thin class is {class}Native")
    {
        Diff = new(ChangeImpact.Breaking, "{value}", Meaning: "the static class of free functions is renamed"),
    };

    public static readonly KeyRow Select = new("select", new MappingShape(SelectKeys.Table), "which C symbols are bound (globs)");

    public static readonly KeyTable Table = new("`library`", Name, Headers, IncludeDirs, Defines, ClangArgs, Namespace, Class, Select);
}
