namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXDiagnostic</c>.</summary>
internal readonly record struct CXDiagnostic(nint Handle)
{
    public bool IsNull => Handle == 0;
}
