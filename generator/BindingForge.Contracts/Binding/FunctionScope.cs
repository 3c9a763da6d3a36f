using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>One function being bound: its declaration and its parameters by name, for facts that name a parameter.</summary>
internal sealed class FunctionScope(FunctionDecl decl, BindContext context)
{
    public FunctionDecl Decl { get; } = decl;

    public BindContext Context { get; } = context;

    public int? IndexOf(string name)
    {
        for (var i = 0; i < Decl.Parameters.Length; i++)
        {
            if (Decl.Parameters[i].Name == name)
                return i;
        }

        return null;
    }

    /// <summary>The index of a parameter a fact names (<c>length</c>, <c>of</c>, <c>user_data</c> ...); BF2106 when missing.</summary>
    public int? Reference(Located<string>? name, string role)
    {
        if (name is null)
            return null;
        if (IndexOf(name.Value) is { } index)
            return index;
        var hint = NameSuggester.Hint(name.Value, Decl.Parameters.Select(p => p.Name));
        Context.Error(ContractDiagnosticIds.MissingParameterReference,
            $"{role} names `{name.Value}`, which is not a parameter of `{Decl.Name}`{hint}; its parameters are: {ParameterList()}", name.Location);
        return null;
    }

    public string ParameterList() => Decl.Parameters.IsEmpty ? "(none)" : string.Join(", ", Decl.Parameters.Select(p => p.Name));
}
