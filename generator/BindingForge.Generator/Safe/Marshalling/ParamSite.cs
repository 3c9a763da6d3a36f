using BindingForge.Generator.Mapping;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>One parameter being planned: its facts, its thin C# type, and its function.</summary>
internal sealed record ParamSite(FunctionSite Function, BoundParam Param, MappedType Thin)
{
    public int Index => Param.Index;

    /// <summary>The C# parameter name.</summary>
    public string Name => Function.Name(Index);

    /// <summary>A generated local for this parameter.</summary>
    public string Local(string suffix = "") => Function.Local(Index, suffix);

    public SafeContext Context => Function.Context;

    public bool IsSelf => Function.IsSelf(Index);

    /// <summary>The C parameter name, for documentation.</summary>
    public string CName => Param.Decl.Name;
}
