using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Coverage;

/// <summary>Finds every entry of a contract marked <c>status: inferred</c>, in file order.</summary>
internal static class InferredFacts
{
    public static ImmutableArray<InferredFact> Scan(ContractDocument document)
    {
        var found = ImmutableArray.CreateBuilder<InferredFact>();
        void Check(EntryMeta meta, string what)
        {
            if (meta.Status is { Value: FactStatus.Inferred } status)
                found.Add(new InferredFact(what, status.Location));
        }

        foreach (var handle in document.Handles)
            Check(handle.Meta, $"handle `{handle.CType.Value}`");
        foreach (var error in document.Errors)
            Check(error.Meta, $"error domain `{error.Key.Value}`");
        foreach (var structEntry in document.Structs)
        {
            Check(structEntry.Meta, $"struct `{structEntry.CType.Value}`");
            foreach (var init in structEntry.Init ?? [])
                Check(init.Meta, $"struct `{structEntry.CType.Value}` init `{init.Function.Value}`");
            foreach (var field in structEntry.Fields)
                Check(field.Meta, $"struct `{structEntry.CType.Value}` field `{field.FieldName.Value}`");
        }

        foreach (var function in document.Functions)
        {
            var name = function.CName.Value;
            Check(function.Meta, $"function `{name}`");
            if (function.Returns is { } returns)
                Check(returns.Meta, $"the return of `{name}`");
            foreach (var parameter in function.Params)
                Check(parameter.Meta, $"parameter `{parameter.ParamName.Value}` of `{name}`");
        }

        return [.. found.OrderBy(f => f.Location.Line).ThenBy(f => f.Location.Column)];
    }
}
