using BindingForge.Contracts;
using BindingForge.Generator;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Cli.Commands;

/// <summary>Maps a contract's <c>library:</c> section onto <see cref="GeneratorOptions"/>.</summary>
internal static class ContractOptions
{
    /// <summary>Loads the contract and returns <paramref name="options"/> with what its library section states.</summary>
    public static GeneratorOptions Apply(string contractPath, GeneratorOptions options, DiagnosticBag diagnostics)
    {
        var load = ContractLoader.Load(contractPath);
        diagnostics.AddRange(load.Diagnostics);
        if (load.Document is null)
            return options with { ContractPath = contractPath };

        var library = LibraryOptions.FromDocument(load.Document);
        return options with
        {
            ContractPath = contractPath,
            Library = library.Library,
            Headers = library.Headers,
            IncludeDirs = library.IncludeDirs,
            Defines = library.Defines,
            Namespace = library.Namespace ?? options.Namespace,
            ClassName = library.ClassName ?? OptionsFactory.Pascal(library.Library),
            Include = library.Include,
            Exclude = library.Exclude,
        };
    }
}
