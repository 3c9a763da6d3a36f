using System.Collections.Immutable;
using BindingForge.Contracts.Binding;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Review.Coverage;

/// <summary>
/// Measures a contract against its header: every function the contract's <c>select:</c> binds (not variadic) is
/// bound, with an empty entry when the contract has none, so the binder's own rules say which parameters are
/// handles or structs; then <see cref="PointerPieces"/> says which pointers still need a fact. Also lists the entries
/// still marked <c>status: inferred</c>.
/// </summary>
public static class CoverageAnalyzer
{
    public static CoverageReport Analyze(ContractDocument document, HeaderModel header)
    {
        var shape = new TypeShape(header);
        var binding = ExpandedBinding.Bind(document, header);
        var selected = binding.Selected.Where(f => PointerPieces.IsPointerBearing(f, shape)).ToList();
        var fallback = document.Library?.Location ?? document.Location;
        var uncovered = ImmutableArray.CreateBuilder<UncoveredFunction>();
        var entries = new Dictionary<string, FunctionEntry>(StringComparer.Ordinal);
        foreach (var entry in document.Functions)
            entries.TryAdd(entry.CName.Value, entry);
        foreach (var function in selected)
        {
            if (binding.Contract.FindFunction(function.Name) is not { } boundFunction)
                continue;
            var pieces = PointerPieces.Uncovered(boundFunction, shape).ToImmutableArray();
            if (pieces.IsEmpty)
                continue;
            var entry = entries.GetValueOrDefault(function.Name);
            uncovered.Add(new UncoveredFunction(function.Name, pieces, entry?.CName.Location ?? fallback, entry is not null));
        }

        return new CoverageReport(selected.Count, uncovered.ToImmutable(), InferredFacts.Scan(document));
    }
}
