namespace BindingForge.Clang.Interop;

/// <summary>What a <c>clang_visitChildren</c> visitor tells libclang to do next.</summary>
internal enum CXChildVisitResult
{
    Break = 0,
    Continue = 1,
    Recurse = 2,
}
