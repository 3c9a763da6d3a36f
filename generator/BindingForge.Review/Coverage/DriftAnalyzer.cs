using System.Collections.Immutable;
using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Review.Coverage;

/// <summary>
/// Finds where a contract has drifted from its header: entries for functions the header no longer declares (with
/// the function that probably replaced them: the same parameter names, a near name), parameter keys the function no
/// longer has (with what its parameter list is now), handle and struct types that are gone, and facts that name
/// functions that are gone. The binder reports each of these as an error too; drift findings say what changed.
/// </summary>
public static class DriftAnalyzer
{
    public static ImmutableArray<DriftFinding> Analyze(ContractDocument document, HeaderModel header)
    {
        var findings = ImmutableArray.CreateBuilder<DriftFinding>();
        var listed = document.Functions.Select(f => f.CName.Value).ToHashSet(StringComparer.Ordinal);
        var unlisted = header.Functions.Where(f => !listed.Contains(f.Name)).ToList();
        foreach (var entry in document.Functions)
        {
            if (header.FindFunction(entry.CName.Value) is { } function)
                findings.AddRange(Parameters(entry, function));
            else
                findings.Add(Function(entry, unlisted));
        }

        findings.AddRange(Types(document, header));
        findings.AddRange(DriftReferences.Find(document, header));
        return findings.ToImmutable();
    }

    private static DriftFinding Function(FunctionEntry entry, List<FunctionDecl> unlisted)
    {
        var name = entry.CName.Value;
        var keys = entry.Params.Select(p => p.ParamName.Value).Where(k => !IsSynthesized(k)).ToHashSet(StringComparer.Ordinal);
        var candidates = unlisted.Select(f => new RenameSuggester.Candidate(f.Name, [.. f.Parameters.Select(p => p.Name)])).ToList();
        var hint = RenameSuggester.Suggest(name, keys, candidates) switch
        {
            { SameParameters: true } s => $"; `{s.Name}` takes the same parameters ({string.Join(", ", keys)}): renamed?",
            { } s => $"; the nearest name the header declares is `{s.Name}`",
            null => string.Empty,
        };
        return new DriftFinding(ContractDiagnosticIds.StaleFunction,
            $"`{name}` no longer matches the header: the header does not declare it (removed or renamed){hint}", entry.CName.Location);
    }

    private static IEnumerable<DriftFinding> Parameters(FunctionEntry entry, FunctionDecl function)
    {
        var names = function.Parameters.Select(p => p.Name).ToList();
        foreach (var param in entry.Params.Where(p => !names.Contains(p.ParamName.Value)))
        {
            var key = param.ParamName.Value;
            var now = names.Count == 0 ? "no parameters" : $"{names.Count} parameter(s): {string.Join(", ", names)}";
            var hint = IsSynthesized(key) && int.TryParse(key.AsSpan(3), out var index) && index < names.Count
                ? $"; parameter {index} is now named `{names[index]}`"
                : NameSuggester.Nearest(key, names) is { } near ? $"; renamed to `{near}`?" : string.Empty;
            yield return new DriftFinding(ContractDiagnosticIds.StaleParameter,
                $"the parameter list of `{function.Name}` changed: `{key}` is not one of its parameters any more; it now takes {now}{hint}", param.ParamName.Location);
        }
    }

    private static IEnumerable<DriftFinding> Types(ContractDocument document, HeaderModel header)
    {
        bool Declared(string name) => header.FindTypedef(name) is not null || header.FindRecord(name) is not null;
        foreach (var handle in document.Handles.Where(h => !Declared(h.CType.Value)))
            yield return new DriftFinding(ContractDiagnosticIds.StaleType, $"handle type `{handle.CType.Value}` is no longer declared by the header", handle.CType.Location);
        foreach (var structEntry in document.Structs.Where(s => !Declared(s.CType.Value)))
            yield return new DriftFinding(ContractDiagnosticIds.StaleType, $"struct `{structEntry.CType.Value}` is no longer declared by the header", structEntry.CType.Location);
    }

    /// <summary><c>arg0</c>, <c>arg1</c> ...: the names the header reader gives unnamed parameters, by position.</summary>
    private static bool IsSynthesized(string name) => name.Length > 3 && name.StartsWith("arg", StringComparison.Ordinal) && name[3..].All(char.IsDigit);
}
