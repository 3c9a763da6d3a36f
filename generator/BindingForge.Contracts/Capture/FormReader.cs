using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads a variadic function's <c>forms:</c>, each a prototype plus, optionally, the option values it is for.</summary>
internal static class FormReader
{
    public static ImmutableArray<FormEntry> Read(YamlMapping function, string name, CaptureContext context)
    {
        if (function.Find(FunctionKeys.Forms.Key) is not { } entry)
            return [];
        if (entry.Value is not YamlSequence sequence)
        {
            context.WrongKind(entry.Value, FunctionKeys.Forms.Quoted, "a list of forms (`- signature: ...`)");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<FormEntry>();
        foreach (var item in sequence.Items)
        {
            if (context.Mapping(item, "a form") is not { } mapping)
                continue;
            context.CheckKeys(mapping, FormKeys.Table);
            if (PrototypeText.Read(mapping, FormKeys.Signature, name, context) is not { } signature)
            {
                if (mapping.Find(FormKeys.Signature.Key) is null)
                    context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, $"a form of `{name}` needs `signature`: the C prototype to call it with", mapping.Location);
                continue;
            }

            result.Add(new FormEntry(signature, mapping.Location)
            {
                Name = context.Identifier(context.String(mapping, FormKeys.Name), FormKeys.Name.Quoted),
                Options = ReadOptions(mapping, context),
                Params = mapping.Find(FormKeys.Params.Key) is { } parameters ? FunctionReader.ReadParams(parameters, context) : [],
            });
        }

        return result.ToImmutable();
    }

    private static OptionsSyntax? ReadOptions(YamlMapping form, CaptureContext context)
    {
        if (form.Find(FormKeys.Options.Key) is not { } entry || context.Mapping(entry.Value, FormKeys.Options.Quoted) is not { } mapping)
            return null;
        context.CheckKeys(mapping, OptionKeys.Table);
        var param = context.String(mapping, OptionKeys.Param);
        var values = ErrorReader.ReadCodes(mapping, OptionKeys.Values, context);
        if (param is null || values is not { Length: > 0 })
        {
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey,
                "`options` needs `param` (the parameter that selects the option) and a non-empty `values` list (the options this form is right for)", entry.Key.Location);
            return null;
        }

        return new OptionsSyntax(param, values.Value, mapping.Location)
        {
            Enum = context.Identifier(context.String(mapping, OptionKeys.Enum), OptionKeys.Enum.Quoted),
        };
    }
}
