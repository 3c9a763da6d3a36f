using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Writing;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Turns an ownership decision into facts the binder accepts. Owned handles are freed by their release
/// (<c>owned: true</c>, <c>out: owned</c>); any other owned value needs <c>free</c>: the function the evidence named,
/// else the library's deallocator for that type, else its general <c>free</c>. Borrowed values may say what they
/// are borrowed from (<c>of</c>) or until which calls (<c>until</c>).
/// </summary>
internal sealed class OwnershipDrafter(InferenceContext context, ClaimBoard claims, HandleDrafter handles)
{
    /// <param name="value">For a return, the return type; for an out parameter, the pointer it fills (<c>T*</c> of <c>T**</c>).</param>
    public void Draft(EntryBuilder builder, Subject subject, CType value, HandleType? handle, bool isOut, List<string> questions)
    {
        var outcome = FactResolver.Resolve(claims.About(subject, Facts.Ownership));
        if (outcome.Undecided is { } undecided)
            questions.Add($"{FunctionDrafter.Describe(subject)} ownership: {undecided}");
        if (outcome.Decision is not { } decision)
            return;
        if (decision.Value == Facts.Borrowed)
            Borrowed(builder, subject, decision, isOut);
        else
            Owned(builder, subject, value, handle, decision, isOut, questions);
    }

    private void Borrowed(EntryBuilder builder, Subject subject, Decision decision, bool isOut)
    {
        if (isOut)
        {
            builder.Add(Facts.Out, Facts.Borrowed, decision);
            return;
        }

        var until = FactResolver.All(claims.About(subject, Facts.Until));
        var of = FactResolver.Resolve(claims.About(subject, Facts.Of)).Decision?.Value;
        var yaml = of is not null ? $"{{ of: {YamlText.Scalar(of)} }}" : until.IsEmpty ? "true" : $"{{ until: [{string.Join(", ", until.Select(YamlText.Scalar))}] }}";
        builder.Add(Facts.Borrowed, yaml, decision);
    }

    private void Owned(EntryBuilder builder, Subject subject, CType value, HandleType? handle, Decision decision, bool isOut, List<string> questions)
    {
        if (handle is not null && handles.Drafted.TryGetValue(handle.Identity, out var drafted))
        {
            if (drafted.Release is null)
            {
                questions.Add($"{FunctionDrafter.Describe(subject)} looks owned ({decision.Sources[0]}), but no release function of `{handle.Key}` was found: add `release:` to the handle, then say `owned`");
                return;
            }

            builder.Add(isOut ? Facts.Out : Facts.Owned, isOut ? Facts.Owned : "true", decision);
            return;
        }

        if (Deallocator(subject, value, allowGeneric: handle is null) is not { } free)
        {
            questions.Add($"{FunctionDrafter.Describe(subject)} looks owned ({decision.Sources[0]}), but no function that frees `{value.Spelling}` was found: say which with `free:`");
            return;
        }

        if (isOut)
            builder.Add(Facts.Out, Facts.Owned, decision).Add(Facts.Free, YamlText.Scalar(free.Value), free);
        else
            builder.Add(Facts.Owned, $"{{ free: {YamlText.Scalar(free.Value)} }}", Merge(decision, free));
    }

    private Decision? Deallocator(Subject subject, CType value, bool allowGeneric)
    {
        if (FactResolver.Resolve(claims.About(subject, Facts.Free)).Decision is { } named && context.Header.FindFunction(named.Value) is not null)
            return named;
        if (context.Frees.For(value) is { } typed)
            return new Decision(typed.Name, Confidence.Medium, [$"`{typed.Name}` frees `{value.Spelling}`"], null);
        if (allowGeneric && context.Frees.Generic is { } generic && !context.Types.Shape.IsPointer(context.Types.Pointee(value) ?? value))
            return new Decision(generic.Name, Confidence.Medium, [$"`{generic.Name}` is the library's deallocator"], null);
        return null;
    }

    private static Decision Merge(Decision ownership, Decision free) => ownership with
    {
        Sources = [.. ownership.Sources, .. free.Sources.Where(s => !ownership.Sources.Contains(s))],
        Confidence = ownership.Confidence < free.Confidence ? ownership.Confidence : free.Confidence,
    };
}
