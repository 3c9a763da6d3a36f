namespace BindingForge.Model.Header;

/// <summary>The calling conventions a C declaration can carry that matter to a binding.</summary>
public enum CallingConvention
{
    Cdecl,
    StdCall,
    FastCall,
    ThisCall,
    VectorCall,
    /// <summary>Anything else clang reports; bound as Cdecl with a warning.</summary>
    Other,
}
