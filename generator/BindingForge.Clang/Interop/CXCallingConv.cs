namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXCallingConv</c> (the values the reader maps; others arrive as plain numbers).</summary>
internal enum CXCallingConv
{
    Default = 0,
    C = 1,
    X86StdCall = 2,
    X86FastCall = 3,
    X86ThisCall = 4,
    Win64 = 10,
    X86_64SysV = 11,
    X86VectorCall = 12,
    Invalid = 100,
    Unexposed = 200,
}
