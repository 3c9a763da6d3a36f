using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>
/// Settles a parameter's ownership facts (<c>out</c>, <c>owned</c>, <c>borrowed</c>, <c>free</c>, <c>of</c>) into
/// one consistent answer, reporting contradictions and facts that do not fit a <c>T**</c>/<c>T*</c>.
/// </summary>
internal static class OwnershipBinder
{
    /// <summary>The bound ownership of a parameter.</summary>
    public sealed record Result(OutKind? Out, OwnedFact? Owned, BorrowedFact? Borrowed);

    public static Result Bind(ParamEntry entry, ParameterDecl decl, int index, FunctionScope scope)
    {
        var context = scope.Context;
        var owned = entry.Owned is { IsStated: true } ? entry.Owned : null;
        var borrowed = entry.Borrowed is { IsStated: true } ? entry.Borrowed : null;
        if (owned is not null && borrowed is not null)
            Conflict(context, borrowed.Location, $"parameter `{decl.Name}` cannot be both owned and borrowed");

        var outKind = entry.Out?.Value ?? (owned is not null ? OutKind.Owned : borrowed is not null ? OutKind.Borrowed : null);
        if (entry.Out is { } stated)
            CheckOutAgainstFacts(stated, owned, borrowed, decl, context);
        if (outKind is not null && !FitsOut(outKind.Value, decl.Type, context.Shape))
        {
            var location = entry.Out?.Location ?? owned?.Location ?? borrowed!.Location;
            context.Error(ContractDiagnosticIds.FactDoesNotFitType, OutMismatch(outKind.Value, decl), location);
            return new Result(null, null, null);
        }

        var handle = context.HandleTypes.OfOut(decl.Type);
        return new Result(
            outKind,
            outKind == OutKind.Owned ? BindOwned(entry, owned, decl, handle, context) : RejectFree(entry, context),
            outKind == OutKind.Borrowed ? BindBorrowed(entry, borrowed, decl, index, scope) : RejectOf(entry, context));
    }

    private static void CheckOutAgainstFacts(Located<OutKind> stated, OwnedSyntax? owned, BorrowedSyntax? borrowed, ParameterDecl decl, BindContext context)
    {
        if (stated.Value != OutKind.Owned && owned is not null)
            Conflict(context, owned.Location, $"parameter `{decl.Name}` is `{ParamKeys.Out.Key}: {Spell(stated.Value)}` and {ParamKeys.Owned.Quoted}");
        if (stated.Value != OutKind.Borrowed && borrowed is not null)
            Conflict(context, borrowed.Location, $"parameter `{decl.Name}` is `{ParamKeys.Out.Key}: {Spell(stated.Value)}` and {ParamKeys.Borrowed.Quoted}");
    }

    private static OwnedFact? BindOwned(ParamEntry entry, OwnedSyntax? owned, ParameterDecl decl, string? handle, BindContext context)
    {
        var freeName = entry.Free ?? owned?.Free;
        if (entry.Free is not null && owned?.Free is not null && entry.Free.Value != owned.Free.Value)
            Conflict(context, owned.Free.Location, $"`{ParamKeys.Free.Key}: {entry.Free.Value}` and `{ParamKeys.Owned.Key}: {{ {OwnedKeys.Free.Key}: {owned.Free.Value} }}` disagree");
        var location = entry.Out?.Location ?? owned!.Location;
        if (handle is not null)
        {
            if (freeName is not null)
                Conflict(context, freeName.Location, $"`{decl.Name}` hands out a `{handle}` handle, which its {HandleKeys.Release.Quoted} frees; remove {ParamKeys.Free.Quoted}");
            else if (context.LacksRelease(handle))
                context.Error(ContractDiagnosticIds.MissingKey, $"handle `{handle}` has no {HandleKeys.Release.Quoted}, so an owned `{decl.Name}` could never be freed", location);
            return new OwnedFact(null, location);
        }

        if (freeName is null)
        {
            context.Error(ContractDiagnosticIds.MissingKey, $"owned out parameter `{decl.Name}` needs `{ParamKeys.Free.Key}:`, the function that frees it", location);
            return null;
        }

        if (owned?.Floating is { Value: true } floating)
            context.Error(ContractDiagnosticIds.FloatingWithoutSink, $"{OwnedKeys.Floating.Quoted} applies to a returned handle, not to out parameter `{decl.Name}`", floating.Location);
        if (owned?.Elements is not null && freeName == owned.Free)
            return ContainerFree.Bind(owned, context);
        var free = context.FreeFunction(freeName);
        return free is null ? null : new OwnedFact(free, location);
    }

    private static BorrowedFact? BindBorrowed(ParamEntry entry, BorrowedSyntax? borrowed, ParameterDecl decl, int index, FunctionScope scope)
    {
        var context = scope.Context;
        var ofName = entry.Of ?? borrowed?.Of;
        if (entry.Of is not null && borrowed?.Of is not null && entry.Of.Value != borrowed.Of.Value)
            Conflict(context, borrowed.Of.Location, $"`{ParamKeys.Of.Key}: {entry.Of.Value}` and `{ParamKeys.Borrowed.Key}: {{ {BorrowedKeys.Of.Key}: {borrowed.Of.Value} }}` disagree");
        var of = scope.Reference(ofName, ParamKeys.Of.Quoted);
        if (of == index)
        {
            Conflict(context, ofName!.Location, $"parameter `{decl.Name}` cannot be borrowed from itself");
            of = null;
        }

        var until = Until(borrowed?.Until, context);
        return new BorrowedFact(until, of, entry.Out?.Location ?? borrowed!.Location);
    }

    /// <summary>The functions of <c>until:</c> that the header declares (the others are reported).</summary>
    public static ImmutableArray<FunctionDecl> Until(ImmutableArray<Located<string>>? names, BindContext context)
    {
        var result = ImmutableArray.CreateBuilder<FunctionDecl>();
        foreach (var name in names ?? [])
        {
            if (context.Function(name, $"{BorrowedKeys.Until.Quoted} function") is { } function)
                result.Add(function);
        }

        return result.ToImmutable();
    }

    private static OwnedFact? RejectFree(ParamEntry entry, BindContext context)
    {
        if (entry.Free is { } free)
            Conflict(context, free.Location, $"{ParamKeys.Free.Quoted} applies only to an `{ParamKeys.Out.Key}: {Spell(OutKind.Owned)}` parameter");
        return null;
    }

    private static BorrowedFact? RejectOf(ParamEntry entry, BindContext context)
    {
        if (entry.Of is { } of)
            Conflict(context, of.Location, $"{ParamKeys.Of.Quoted} applies only to an `{ParamKeys.Out.Key}: {Spell(OutKind.Borrowed)}` parameter");
        return null;
    }

    private static bool FitsOut(OutKind kind, CType type, TypeShape shape) => kind switch
    {
        OutKind.CallerAllocates => shape.AsPointer(type) is { } pointer && !shape.IsVoid(pointer.Pointee),
        _ => shape.IsPointerToPointer(type),
    };

    private static string OutMismatch(OutKind kind, ParameterDecl decl) => kind == OutKind.CallerAllocates
        ? $"`{ParamKeys.Out.Key}: {Spell(OutKind.CallerAllocates)}` needs a pointer to storage (`T*`); parameter `{decl.Name}` is `{decl.Type.Spelling}`"
        : $"an {Spell(kind)} out value needs a pointer to a pointer (`T**`); parameter `{decl.Name}` is `{decl.Type.Spelling}`";

    private static string Spell(OutKind kind) => ParamKeys.Out.Spelling.TextOf(kind);

    private static void Conflict(BindContext context, SourceLocation location, string message) =>
        context.Error(ContractDiagnosticIds.ConflictingFacts, message, location);
}
