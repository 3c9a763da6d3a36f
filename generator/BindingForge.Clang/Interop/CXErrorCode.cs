namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXErrorCode</c>, returned by <c>clang_parseTranslationUnit2</c>.</summary>
internal enum CXErrorCode
{
    Success = 0,
    Failure = 1,
    Crashed = 2,
    InvalidArguments = 3,
    ASTReadError = 4,
}
