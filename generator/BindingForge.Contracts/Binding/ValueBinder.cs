using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Binding;

/// <summary>Binds <c>value:</c>: a number, an integer/pointer/string constant by name, or <c>{ sizeof: T }</c>.</summary>
internal static class ValueBinder
{
    public static FixedValue? Bind(ValueSyntax syntax, BindContext context)
    {
        if (syntax.SizeOf is { } sizeOf)
            return SizeOf(sizeOf, context);
        if (syntax.Text is { } fixedText)
            return Text(fixedText, context);
        if (syntax.Constant is not { } constant)
            return null;
        if (constant.Number is { } number)
            return new IntegerValue(number, null, syntax.Location);

        var name = constant.Symbol!;
        if (context.Constants.Integer(name) is { } integer)
            return new IntegerValue(integer, name, syntax.Location);
        if (context.Constants.String(name) is { } text)
            return new StringValue(text, name, syntax.Location);
        var hint = NameSuggester.Hint(name, context.Constants.Names);
        context.Error(ContractDiagnosticIds.UnknownConstant, $"value `{name}` is not a macro or enumerator of the header{hint}", constant.Location);
        return null;
    }

    /// <summary>A fixed string: UTF-8 without a NUL inside (it would end the C string early).</summary>
    private static StringValue? Text(Located<string> text, BindContext context)
    {
        if (!text.Value.Contains('\0'))
            return new StringValue([.. System.Text.Encoding.UTF8.GetBytes(text.Value)], null, text.Location);
        context.Error(ContractDiagnosticIds.FactDoesNotFitType, "`value: { text }` cannot hold a NUL character: C would read the string only up to it", text.Location);
        return null;
    }

    private static SizeOfValue? SizeOf(Located<string> name, BindContext context)
    {
        if (context.Type(name, "sizeof type") is not { } type)
            return null;
        if (context.Shape.RecordOf(type) is { IsComplete: true, Size: > 0 } record)
            return new SizeOfValue(name.Value, record.Size, name.Location);
        context.Error(ContractDiagnosticIds.FactDoesNotFitType, $"`{ValueKeys.SizeOf.Key}: {name.Value}` needs a complete struct or union", name.Location);
        return null;
    }
}
