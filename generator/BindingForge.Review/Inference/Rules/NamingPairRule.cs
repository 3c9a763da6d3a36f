using System.Collections.Immutable;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Naming pairs: a function that hands out a handle and a one-argument function of that handle whose names differ
/// only in an acquire verb and a release verb (<c>x_new/x_free</c>, <c>x_create/x_destroy</c>, <c>x_open/x_close</c>,
/// <c>x_init/x_cleanup</c>, <c>x_ref/x_unref</c>, <c>x_begin/x_abort</c>, <c>createIndex/disposeIndex</c>). The second
/// releases the handle and the first's result is owned. A <c>x_ref</c> beside an <c>x_unref</c> is the retain.
/// </summary>
internal sealed class NamingPairRule : IInferenceRule
{
    public string Name => "naming-pair";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var handle in context.Handles.Values)
        {
            var releases = context.OneArgumentFunctionsOf(handle);
            foreach (var producer in context.ProducersOf(handle))
            {
                foreach (var release in releases)
                    Pair(context, claims, handle, producer, release);
            }

            Retain(context, claims, handle, releases);
        }
    }

    private void Pair(InferenceContext context, ClaimBoard claims, HandleType handle, FunctionDecl producer, FunctionDecl release)
    {
        var made = context.Words(producer.Name);
        var freed = context.Words(release.Name);
        var acquire = made.IndexOfVerb(Verbs.Acquire);
        var getter = acquire < 0 ? made.IndexOfVerb(Verbs.Getter) : -1;
        var releaseVerb = ReleaseNames.ReleaseVerb(freed, handle);
        var verb = acquire >= 0 ? acquire : getter;
        if (verb < 0 || releaseVerb < 0 || producer.Name == release.Name || !SameStem(made.StemWithout(verb), freed.StemWithout(releaseVerb)))
            return;
        var pair = (Verbs.Stem(made.Words[verb]), Verbs.Stem(freed.Words[releaseVerb]));
        // A getter whose name differs from the handle's release in the verb alone (poptGetContext/poptFreeContext)
        // hands out what that release frees: a little stronger than the getter's own name, so a reviewer sees both.
        var strength = acquire < 0 ? Strength.Naming + 3 : Verbs.CanonicalPairs.Contains(pair) ? Strength.NamingPair : Strength.NamingPair - 3;
        var source = $"naming pair {producer.Name}/{release.Name}";
        claims.Add(Subject.Handle(handle.Identity), Facts.Release, release.Name, strength, Name, source);
        OwnershipTargets.ClaimHandle(context, claims, producer, handle, Facts.Owned, strength, Name, source);
    }

    /// <summary>
    /// <c>x_ref</c>/<c>x_unref</c>, <c>x_incref</c>/<c>x_decref</c>; and, where the type is freed rather than unref'd,
    /// <c>x_up_ref</c> or <c>x_add_ref</c> beside <c>x_free</c>: the add-ref is the handle's retain.
    /// </summary>
    private void Retain(InferenceContext context, ClaimBoard claims, HandleType handle, IReadOnlyList<FunctionDecl> functions)
    {
        var unref = functions.FirstOrDefault(f => context.Words(f.Name).Words.Any(w => w is "unref" or "decref" or "release"))
            ?? functions.FirstOrDefault(f => ReleaseNames.ReleaseVerb(context.Words(f.Name), handle) is >= 0 and var v && ReleaseNames.IsStrong(context.Words(f.Name), v));
        if (unref is null)
            return;
        var released = context.Words(unref.Name).StemWithout(context.Words(unref.Name).IndexOfVerb(Verbs.Release));
        foreach (var function in functions.Where(f => f != unref))
        {
            var words = context.Words(function.Name);
            var verb = words.IndexOfVerb(Verbs.Retain);
            if (verb >= 0 && SameStem(RetainStem(words, verb), released))
                claims.Add(Subject.Handle(handle.Identity), Facts.Retain, function.Name, Strength.NamingPair, Name, $"naming pair {function.Name}/{unref.Name}");
        }
    }

    /// <summary>The name without its add-ref verb, an <c>up</c> or <c>add</c> before it included (<c>EVP_PKEY_up_ref</c> is <c>EVP_PKEY</c>).</summary>
    private static ImmutableArray<string> RetainStem(NameWords words, int verb)
    {
        var stem = words.StemWithout(verb);
        return verb > 0 && words.Words[verb - 1] is "up" or "add" && stem.Length > 0 && stem[^1] == words.Words[verb - 1] ? stem[..^1] : stem;
    }

    private static bool SameStem(ImmutableArray<string> a, ImmutableArray<string> b) => a.SequenceEqual(b);
}
