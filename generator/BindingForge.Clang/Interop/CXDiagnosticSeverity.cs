namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXDiagnosticSeverity</c>.</summary>
internal enum CXDiagnosticSeverity
{
    Ignored = 0,
    Note = 1,
    Warning = 2,
    Error = 3,
    Fatal = 4,
}
