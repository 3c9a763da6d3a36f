using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>
/// An option family (<c>options:</c> of a variadic function's form): the values of one parameter for which the form's
/// argument types are right. The safe overload refuses any other value before the call, since passing a variadic
/// function arguments of the wrong types reads memory that is not there.
/// </summary>
/// <param name="ParameterIndex">The option parameter.</param>
/// <param name="Values">The accepted values, as numbers with the names they were written with.</param>
/// <param name="EnumName">The C# enum the safe overload takes for the option (<c>enum:</c>), or null for the C type.</param>
public sealed record BoundOptions(int ParameterIndex, ImmutableArray<BoundSuccessValue> Values, string? EnumName, SourceLocation Location);
