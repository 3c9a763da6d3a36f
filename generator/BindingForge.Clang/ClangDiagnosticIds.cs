namespace BindingForge.Clang;

/// <summary>The BF1xxx diagnostics the header reader reports. Each has a page under docs/diagnostics.</summary>
public static class ClangDiagnosticIds
{
    /// <summary>Error: libclang could not be found or loaded.</summary>
    public const string LibClangNotFound = "BF1001";

    /// <summary>Error: a named header does not exist (or no header was named).</summary>
    public const string HeaderNotFound = "BF1002";

    /// <summary>Error: clang reported an error or fatal error while parsing.</summary>
    public const string ParseError = "BF1003";

    /// <summary>Warning: clang reported a warning inside one of the named headers.</summary>
    public const string ParseWarning = "BF1004";

    /// <summary>Error: libclang could not create a translation unit at all.</summary>
    public const string TranslationUnitFailed = "BF1005";

    /// <summary>Warning: clang's builtin headers (its resource directory) were not found.</summary>
    public const string ResourceDirNotFound = "BF1006";

    /// <summary>Info: an object-like macro did not evaluate to a constant and is left out of the model.</summary>
    public const string MacroNotConstant = "BF1007";

    /// <summary>Warning: a declaration uses a type the model cannot express (it becomes an UnsupportedType).</summary>
    public const string UnsupportedType = "BF1008";

    /// <summary>Info: a declaration in a named header is left out of the model (e.g. a <c>static</c> function).</summary>
    public const string DeclarationSkipped = "BF1009";

    /// <summary>Warning: a string macro holds an embedded NUL, which libclang cannot return whole; it is left out.</summary>
    public const string StringMacroWithNul = "BF1010";

    /// <summary>Info: a function or function type has no prototype (<c>f()</c>); it is bound as taking no arguments.</summary>
    public const string Unprototyped = "BF1011";

    /// <summary>Warning: a doc comment holds invisible format characters (bidi controls, zero-width characters); they are dropped.</summary>
    public const string InvisibleCharacters = "BF1012";

    /// <summary>Error: a contract's <c>signature:</c> cannot apply (the function has a prototype, or the text does not parse).</summary>
    public const string SignatureRefused = "BF1013";
}
