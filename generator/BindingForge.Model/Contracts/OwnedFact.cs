using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// The caller owns the value and must free it (<c>owned:</c>, or <c>out: owned</c> with <c>free:</c>).
/// </summary>
/// <param name="Free">The function that frees it; null when the value is a handle (its <c>release</c> frees it)
/// or when the contract said only <c>owned: true</c>.</param>
public sealed record OwnedFact(FunctionDecl? Free, SourceLocation Location);
