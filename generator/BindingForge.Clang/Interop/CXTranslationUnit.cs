namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXTranslationUnit</c>.</summary>
internal readonly record struct CXTranslationUnit(nint Handle)
{
    public bool IsNull => Handle == 0;
}
