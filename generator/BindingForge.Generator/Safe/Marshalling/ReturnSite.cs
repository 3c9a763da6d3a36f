using BindingForge.Generator.Mapping;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>The return value being planned: its shape and its thin C# type.</summary>
internal sealed record ReturnSite(FunctionSite Function, ReturnShape Shape, MappedType Thin)
{
    public SafeContext Context => Function.Context;
}
