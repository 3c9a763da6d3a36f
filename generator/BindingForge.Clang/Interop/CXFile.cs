namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXFile</c>: a file the translation unit read.</summary>
internal readonly record struct CXFile(nint Handle)
{
    public bool IsNull => Handle == 0;
}
