namespace BindingForge.Contracts.Vocabulary;

/// <summary>What a name in a contract refers to.</summary>
public enum SymbolKind
{
    /// <summary>A function the header declares.</summary>
    Function,

    /// <summary>A parameter of the same function (or a field of the same struct).</summary>
    Parameter,

    /// <summary>A C type the header declares.</summary>
    CType,

    /// <summary>A macro or enumerator the header defines.</summary>
    Constant,

    /// <summary>An entry of the same contract (an error domain).</summary>
    Entry,

    /// <summary>A C# identifier.</summary>
    CSharpIdentifier,

    /// <summary>A C# namespace: identifiers joined by dots.</summary>
    CSharpNamespace,

    /// <summary>A clang option a contract may pass: a language or target option, one token
    /// (<see cref="BindingForge.Model.ClangArguments"/>).</summary>
    ClangOption,

    /// <summary>A C prototype of the entry's own function, over the headers' type names
    /// (<see cref="BindingForge.Model.Header.SignatureOverride.IsPlainPrototype"/>).</summary>
    CPrototype,
}
