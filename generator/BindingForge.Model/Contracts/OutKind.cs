namespace BindingForge.Model.Contracts;

/// <summary>What an <c>out:</c> parameter hands back.</summary>
public enum OutKind
{
    /// <summary><c>owned</c>: a <c>T**</c> the callee fills with a value the caller must free.</summary>
    Owned,

    /// <summary><c>borrowed</c>: a <c>T**</c> the callee fills with a value the caller must not free.</summary>
    Borrowed,

    /// <summary><c>caller-allocates</c>: a <c>T*</c> to storage the caller provides and the callee fills.</summary>
    CallerAllocates,
}
