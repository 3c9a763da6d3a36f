using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Review.Checking;

/// <summary>
/// Loads, parses the headers of, and binds one contract without writing code: the work of
/// <c>bindingforge check</c>. The header reader is passed in, so this project stays free of libclang.
/// </summary>
/// <param name="readHeaders">Parses the headers a contract's library section names.</param>
public sealed class ContractChecker(Func<LibraryOptions, ParsedHeaders> readHeaders)
{
    /// <summary>Checks the contract at <paramref name="path"/>.</summary>
    public ContractCheckResult Check(string path)
    {
        var load = ContractLoader.Load(path);
        if (load.Document is null)
            return new ContractCheckResult(null, null, null, load.Diagnostics);

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(load.Diagnostics);
        var options = LibraryOptions.FromDocument(load.Document);
        if (options.Headers.IsEmpty)
            return new ContractCheckResult(load.Document, options, null, diagnostics.ToImmutable());

        var headers = readHeaders(options);
        diagnostics.AddRange(headers.Diagnostics);
        if (headers.Model is null || headers.Diagnostics.Any(d => d.IsError))
            return new ContractCheckResult(load.Document, options, null, diagnostics.ToImmutable());

        var bound = ContractBinder.Bind(load.Document, headers.Model);
        diagnostics.AddRange(bound.Diagnostics);
        return new ContractCheckResult(load.Document, options, bound.Contract, diagnostics.ToImmutable());
    }

    /// <summary>Loads and binds against a header model already in hand (tests, and callers that parsed the headers).</summary>
    public static ContractCheckResult Check(string path, HeaderModel header)
    {
        var checker = new ContractChecker(_ => new ParsedHeaders(header, []));
        return checker.Check(path);
    }
}
