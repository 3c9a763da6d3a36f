namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CX_StorageClass</c>.</summary>
internal enum CXStorageClass
{
    Invalid = 0,
    None = 1,
    Extern = 2,
    Static = 3,
}
