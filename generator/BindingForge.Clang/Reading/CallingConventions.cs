using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>libclang's calling conventions as the model's. The platform default (<c>C</c>) is <see cref="CallingConvention.Cdecl"/>.</summary>
internal static class CallingConventions
{
    public static CallingConvention From(CXCallingConv convention) => convention switch
    {
        CXCallingConv.Default or CXCallingConv.C => CallingConvention.Cdecl,
        CXCallingConv.X86StdCall => CallingConvention.StdCall,
        CXCallingConv.X86FastCall => CallingConvention.FastCall,
        CXCallingConv.X86ThisCall => CallingConvention.ThisCall,
        CXCallingConv.X86VectorCall => CallingConvention.VectorCall,
        _ => CallingConvention.Other,
    };
}
