using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Binds <c>errors:</c>: the C type, the success codes (numbers, or macro and enumerator names resolved to their
/// values), the message function (taking a handle or the code, returning text) and the exception name.
/// </summary>
internal static class ErrorBinder
{
    public static void Bind(IEnumerable<ErrorEntry> entries, BindContext context)
    {
        foreach (var entry in entries)
        {
            context.DeclaredErrors.Add(entry.Key.Value);
            if (BindOne(entry, context) is { } domain)
                context.Errors[domain.Name] = domain;
        }
    }

    private static BoundErrorDomain? BindOne(ErrorEntry entry, BindContext context)
    {
        var type = context.Type(entry.Type, "error type");
        if (type is not null && !context.Shape.IsInteger(type))
        {
            context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"error type `{entry.Type!.Value}` is not an integer or enum type", entry.Type.Location);
            type = null;
        }

        var success = Codes(entry.Success ?? [], "success value", context);
        var (message, source) = Message(entry, context);
        var exception = Naming.ClassName(entry.Exception, entry.Meta.Name, entry.Key.Value, ErrorKeys.Exception, context);
        if (entry.Exception is null && entry.Meta.Name is null)
            exception = Naming.PascalCase(entry.Key.Value) + "Exception";
        return type is null
            ? null
            : ErrorStateBinder.Bind(new BoundErrorDomain(entry.Key.Value, type, success, message, source, exception, BindContext.Provenance(entry.Meta, entry.Key.Location))
            {
                Skip = entry.Meta.Skip?.Value,
                Enum = EnumBinder.Reference(entry.Enum, type, "error type", context),
            }, entry, context);
    }

    /// <summary>Codes as numbers: numbers, or integer macros and enumerators of the header (BF2108 otherwise).</summary>
    public static ImmutableArray<BoundSuccessValue> Codes(IEnumerable<SymbolOrNumber> codes, string role, BindContext context)
    {
        var values = ImmutableArray.CreateBuilder<BoundSuccessValue>();
        foreach (var value in codes)
        {
            if (value.Number is { } number)
            {
                values.Add(new BoundSuccessValue(number, null, value.Location));
                continue;
            }

            if (context.Constants.Integer(value.Symbol!) is { } resolved)
            {
                values.Add(new BoundSuccessValue(resolved, value.Symbol, value.Location));
                continue;
            }

            var why = context.Constants.Contains(value.Symbol!)
                ? "is a constant of the header, but not an integer"
                : "is not an integer macro or enumerator of the header" + NameSuggester.Hint(value.Symbol!, context.Constants.Names);
            context.Error(ContractDiagnosticIds.UnknownConstant, $"{role} `{value.Symbol}` {why}", value.Location);
        }

        return values.ToImmutable();
    }

    /// <summary>The message function must return text and take one argument: a handle, or the code itself.</summary>
    private static (FunctionDecl?, ErrorMessageSource) Message(ErrorEntry entry, BindContext context)
    {
        if (context.Function(entry.Message, "message function") is not { } function)
            return (null, ErrorMessageSource.None);
        var shape = context.Shape;
        if (function.Parameters.Length == 1 && shape.IsTextPointer(function.ReturnType))
        {
            var parameter = function.Parameters[0].Type;
            if (context.HandleTypes.OfValue(parameter) is not null)
                return (function, ErrorMessageSource.Handle);
            if (shape.IsInteger(parameter))
                return (function, ErrorMessageSource.Code);
        }

        context.Error(ContractDiagnosticIds.WrongSignatureForRole,
            $"message function `{function.Name}` must return text and take one argument: a handle, or the error code", entry.Message!.Location);
        return (null, ErrorMessageSource.None);
    }
}
