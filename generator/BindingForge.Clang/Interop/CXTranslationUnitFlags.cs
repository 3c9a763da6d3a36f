namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXTranslationUnit_Flags</c> (the ones the reader uses).</summary>
[Flags]
internal enum CXTranslationUnitFlags : uint
{
    None = 0,
    DetailedPreprocessingRecord = 0x01,
    SkipFunctionBodies = 0x40,
    KeepGoing = 0x200,
    /// <summary>Keeps <c>_Nonnull</c>/<c>_Nullable</c> visible as <see cref="CXTypeKind.Attributed"/> types.</summary>
    IncludeAttributedTypes = 0x1000,
}
