namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXEvalResult</c>: the result of <c>clang_Cursor_Evaluate</c>.</summary>
internal readonly record struct CXEvalResult(nint Handle)
{
    public bool IsNull => Handle == 0;
}
