namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXIndex</c>.</summary>
internal readonly record struct CXIndex(nint Handle)
{
    public bool IsNull => Handle == 0;
}
