namespace BindingForge.Clang.Interop;

/// <summary>What a <c>clang_Type_visitFields</c> visitor tells libclang to do next.</summary>
internal enum CXVisitorResult
{
    Break = 0,
    Continue = 1,
}
