using BindingForge.Contracts;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Review.Coverage;

/// <summary>Facts that name a function (<c>release</c>, <c>retain</c>, <c>free</c>, <c>until</c>, <c>message</c>, <c>cleanup</c> ...) the header no longer declares.</summary>
internal static class DriftReferences
{
    public static IEnumerable<DriftFinding> Find(ContractDocument document, HeaderModel header)
    {
        foreach (var (role, name) in Named(document))
        {
            if (header.FindFunction(name.Value) is null)
                yield return new DriftFinding(ContractDiagnosticIds.StaleReference, $"`{role}: {name.Value}` names a function the header no longer declares", name.Location);
        }
    }

    private static IEnumerable<(string Role, Located<string> Name)> Named(ContractDocument document)
    {
        foreach (var handle in document.Handles)
        {
            if (handle.Release is { } release)
                yield return ("release", release);
            if (handle.Retain is { } retain)
                yield return ("retain", retain);
        }

        foreach (var error in document.Errors.Where(e => e.Message is not null))
            yield return ("message", error.Message!);
        foreach (var structEntry in document.Structs)
        {
            if (structEntry.Cleanup is { } cleanup)
                yield return ("cleanup", cleanup);
            foreach (var init in structEntry.Init ?? [])
            {
                if (init.Cleanup is { } initCleanup)
                    yield return ("cleanup", initCleanup);
            }
        }

        foreach (var function in document.Functions)
        {
            foreach (var reference in FunctionReferences(function))
                yield return reference;
        }
    }

    private static IEnumerable<(string Role, Located<string> Name)> FunctionReferences(FunctionEntry function)
    {
        if (function.Returns is { } returns)
        {
            if (returns.Owned?.Free is { } free)
                yield return ("free", free);
            foreach (var until in returns.Borrowed?.Until ?? [])
                yield return ("until", until);
            if (returns.Length?.Call is { } call)
                yield return ("length call", call);
        }

        foreach (var param in function.Params)
        {
            if ((param.Free ?? param.Owned?.Free) is { } free)
                yield return ("free", free);
            foreach (var until in param.Borrowed?.Until ?? [])
                yield return ("until", until);
        }
    }
}
