namespace BindingForge.Clang.Interop;

/// <summary>libclang's <c>CXTypeNullabilityKind</c>.</summary>
internal enum CXTypeNullabilityKind
{
    NonNull = 0,
    Nullable = 1,
    Unspecified = 2,
    Invalid = 3,
    NullableResult = 4,
}
