namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXEvalResultKind</c>.</summary>
internal enum CXEvalResultKind
{
    UnExposed = 0,
    Int = 1,
    Float = 2,
    ObjCStrLiteral = 3,
    StrLiteral = 4,
    CFStr = 5,
    Other = 6,
}
