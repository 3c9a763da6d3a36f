using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// What a return code means (<c>errors:</c>): any value outside <see cref="Success"/> throws
/// <see cref="ExceptionName"/> with the message function's text.
/// </summary>
/// <param name="Name">The contract's key (<c>sqlite-rc</c>), referenced by <c>returns: { error: ... }</c>.</param>
/// <param name="CType">The C type the domain applies to, resolved from <c>type:</c>.</param>
/// <param name="ExceptionName">The generated exception class: <c>exception:</c> (or <c>name:</c>), else derived from the key.</param>
public sealed record BoundErrorDomain(
    string Name,
    CType CType,
    ImmutableArray<BoundSuccessValue> Success,
    FunctionDecl? Message,
    ErrorMessageSource MessageSource,
    string ExceptionName,
    Provenance Provenance)
{
    public SkipFact? Skip { get; init; }

    /// <summary>Reads a handle's current error code (<c>code:</c>); what <c>null_may_be_error</c> asks.</summary>
    public FunctionDecl? Code { get; init; }

    /// <summary>Turns a code into text (<c>code_text:</c>), for failures that leave no handle to ask.</summary>
    public FunctionDecl? CodeText { get; init; }

    /// <summary>The C# enum (an <c>enums:</c> entry) the codes are members of (<c>enum:</c>): the exception's code type.</summary>
    public string? Enum { get; init; }

    /// <summary>What guards the handle's error state (<c>lock:</c>), or null when the contract says nothing.</summary>
    public ErrorStateLock? Lock { get; init; }

    /// <summary>True when <paramref name="value"/> is one of the success codes.</summary>
    public bool IsSuccess(Int128 value) => Success.Any(s => s.Value == value);
}
