using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>A function-pointer parameter the safe style fills from a managed delegate (<c>callback:</c>).</summary>
/// <param name="Signature">The callback's C function type.</param>
/// <param name="UserDataParameter">Index of the function's parameter that carries the user data, if any.</param>
/// <param name="DestroyParameter">Index of the function's parameter that takes the destroy notification, if any.</param>
/// <param name="UserDataArgument">Index, within <see cref="Signature"/>, of the argument through which the library
/// hands the user data back; null when there is no user data.</param>
public sealed record CallbackFact(
    CallbackScope Scope,
    FunctionType Signature,
    int? UserDataParameter,
    int? DestroyParameter,
    int? UserDataArgument,
    SourceLocation Location);
