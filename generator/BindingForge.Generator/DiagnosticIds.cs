namespace BindingForge.Generator;

/// <summary>
/// The diagnostic ids the generator reports. Each has a page under <c>docs/diagnostics/</c> that says what it means
/// and how to fix it.
/// </summary>
public static class DiagnosticIds
{
    /// <summary>Internal error: a bug in BindingForge (a template failed, an invariant broke).</summary>
    public const string Internal = "BF0000";

    /// <summary>A variadic function was skipped: LibraryImport cannot call C varargs.</summary>
    public const string VariadicSkipped = "BF3001";

    /// <summary>A declaration was skipped because a type in it has no blittable C# equivalent.</summary>
    public const string UnsupportedType = "BF3002";

    /// <summary>A record's alignment cannot be expressed in C#; size and offsets still match.</summary>
    public const string AlignmentNotExpressible = "BF3003";

    /// <summary>A bitfield or record layout cannot be expressed faithfully; the member or record was skipped.</summary>
    public const string LayoutNotExpressible = "BF3004";

    /// <summary>Two C symbols would have the same C# name; one was renamed or skipped.</summary>
    public const string NameConflict = "BF3005";

    /// <summary>A macro constant's value does not fit the C# type chosen for it; it was skipped.</summary>
    public const string ConstantNotRepresentable = "BF3006";

    /// <summary>A type name the header uses is declared nowhere the generator can see.</summary>
    public const string UnknownType = "BF3007";

    /// <summary>A calling convention other than cdecl was bound as cdecl.</summary>
    public const string CallingConventionAssumed = "BF3008";

    /// <summary>An include or exclude glob matched no symbol.</summary>
    public const string GlobMatchedNothing = "BF3009";

    /// <summary>A function pointer's signature cannot be expressed; it was bound as <c>void*</c>.</summary>
    public const string FunctionPointerDegraded = "BF3010";

    /// <summary>
    /// A function passes or returns a type by value that .NET cannot pass as the C ABI does (<c>__int128</c>,
    /// <c>_Float16</c>, a struct holding one); the function was skipped rather than bound to corrupt its arguments.
    /// </summary>
    public const string CallNotExpressible = "BF3011";

    /// <summary>A member is bound in a form with a condition the caller must keep (a flexible array member's accessor).</summary>
    public const string BoundWithCondition = "BF3012";

    /// <summary>A function the library does not export (static inline) is skipped: no C compiler builds the shim.</summary>
    public const string ShimCompilerMissing = "BF3013";

    /// <summary>The shim's C source did not compile; the run fails, and the compiler's message says why.</summary>
    public const string ShimCompileFailed = "BF3014";

    /// <summary>A function-like macro is not bound: it has no symbol and no C types (a line in the summary, never silence).</summary>
    public const string FunctionMacroNotBound = "BF3015";

    /// <summary>A variadic function is bound as the fixed-arity forms its contract lists (info).</summary>
    public const string VariadicForms = "BF3016";

    /// <summary>The output folder could not be written or replaced; nothing was changed.</summary>
    public const string OutputWriteFailed = "BF4001";

    /// <summary>The output folder holds files BindingForge did not generate; it was not replaced.</summary>
    public const string OutputNotGenerated = "BF4002";

    /// <summary>A generated file's path is not a plain relative path inside the output folder.</summary>
    public const string OutputBadPath = "BF4003";
}
