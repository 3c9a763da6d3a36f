using System.Collections.Immutable;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Probe;

/// <summary>
/// The ownership facts of a bound contract that the probe checks: owned and borrowed returns and out values, each
/// handle's <c>release</c> and each struct's cleanup. Facts the tracer cannot see (lengths, threading, callbacks) are
/// not listed.
/// </summary>
public static class ProbeFacts
{
    public static ImmutableArray<ProbeFact> Of(BoundContract contract)
    {
        var facts = ImmutableArray.CreateBuilder<ProbeFact>();
        foreach (var function in contract.Functions.Where(f => f.Decl.Wrapper is not { Kind: Model.Header.ShimWrapperKind.VariadicForm }))
        {
            if (ReturnFact(contract, function) is { } result)
                facts.Add(result);
            facts.AddRange(function.Parameters.Select(p => OutFact(contract, function, p)).OfType<ProbeFact>());
        }

        foreach (var handle in contract.Handles.Where(h => h.Release is not null))
        {
            facts.Add(new ProbeFact(ProbeFactKind.Release, handle.Release!.Name, 0, null,
                $"{handle.Release.Name} releases a {handle.CTypeName}", handle.Provenance.Location) { Id = $"release {handle.CTypeName}" });
        }

        foreach (var cleanup in contract.Structs.SelectMany(s => s.Inits.Select(i => (Struct: s, i.Cleanup, i.Provenance))).DistinctBy(c => c.Cleanup.Name))
        {
            facts.Add(new ProbeFact(ProbeFactKind.Release, cleanup.Cleanup.Name, 0, null,
                $"{cleanup.Cleanup.Name} frees what the init of a {cleanup.Struct.CTypeName} allocated", cleanup.Provenance.Location)
            { Id = $"cleanup {cleanup.Struct.CTypeName} {cleanup.Cleanup.Name}" });
        }

        return facts.ToImmutable();
    }

    private static ProbeFact? ReturnFact(BoundContract contract, BoundFunction function)
    {
        var result = function.Return;
        var name = function.CName;
        if (result.Owned is { } owned)
        {
            var freedBy = owned.Free?.Name ?? (result.Handle is { } handle ? contract.FindHandle(handle)?.Release?.Name : null);
            return new ProbeFact(ProbeFactKind.Owned, name, -1, freedBy, $"{name} returns an owned value{FreedBy(freedBy)}", owned.Location)
            { Id = $"owned {name} return" };
        }

        return result.Borrowed is { } borrowed
            ? new ProbeFact(ProbeFactKind.Borrowed, name, -1, null, $"{name} returns a borrowed value", borrowed.Location) { Id = $"borrowed {name} return" }
            : null;
    }

    private static ProbeFact? OutFact(BoundContract contract, BoundFunction function, BoundParam parameter)
    {
        var name = function.CName;
        var what = $"{name}: *{parameter.Decl.Name}";
        switch (parameter.Out)
        {
            case OutKind.Owned:
                var freedBy = parameter.Owned?.Free?.Name ?? (parameter.Handle is { } handle ? contract.FindHandle(handle)?.Release?.Name : null);
                return new ProbeFact(ProbeFactKind.Owned, name, parameter.Index, freedBy, $"{what} is owned{FreedBy(freedBy)}",
                    parameter.Owned?.Location ?? parameter.Provenance.Location) { Id = $"owned {name} {parameter.Decl.Name}" };
            case OutKind.Borrowed:
                return new ProbeFact(ProbeFactKind.Borrowed, name, parameter.Index, null, $"{what} is borrowed",
                    parameter.Borrowed?.Location ?? parameter.Provenance.Location) { Id = $"borrowed {name} {parameter.Decl.Name}" };
            default:
                return null;
        }
    }

    private static string FreedBy(string? function) => function is null ? string.Empty : $", freed by {function}";
}
