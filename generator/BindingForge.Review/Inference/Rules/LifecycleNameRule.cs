using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// The verb in a function's name says who owns what it hands out: <c>x_create</c>, <c>x_open</c>, <c>x_dup</c> make
/// something new the caller owns; <c>x_get</c>, <c>x_find</c>, <c>x_next</c>, <c>x_db_handle</c> return something that
/// already belongs to someone else. For values that are not handles only allocation verbs count (<c>x_malloc</c>,
/// <c>x_strdup</c>, <c>x_copy</c>): <c>x_open</c> returning <c>char *</c> says nothing about the string. A getter that
/// takes nothing but numbers, of a type with no release function of its own, hands out a handle it can only have
/// borrowed from a global, or made and left to the library's general free (<c>cap_get_pid(pid)</c> allocates a
/// <c>cap_t</c> freed by <c>cap_free(void *)</c>): its name is a hint, never a fact alone.
/// </summary>
internal sealed class LifecycleNameRule : IInferenceRule
{
    private static readonly HashSet<string> AllocationVerbs =
        ["new", "create", "alloc", "allocate", "malloc", "calloc", "realloc", "dup", "duplicate", "copy", "clone", "strdup", "make", "build"];

    public string Name => "lifecycle-name";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions)
        {
            var words = context.Words(function.Name);
            var acquire = words.IndexOfVerb(Verbs.Acquire);
            var getter = words.IndexOfVerb(Verbs.Getter);
            if (acquire < 0 && getter < 0)
                continue;
            var owned = acquire >= 0 && (getter < 0 || acquire < getter);
            var verb = Verbs.Stem(words.Words[owned ? acquire : getter]);
            if (context.Types.IsDataPointer(function.ReturnType))
                Return(context, claims, function, owned, verb);
            else
                Outs(context, claims, function, owned, verb);
        }
    }

    private void Return(InferenceContext context, ClaimBoard claims, FunctionDecl function, bool owned, string verb)
    {
        var handle = context.Types.HandleOfValue(function.ReturnType);
        if (handle is null && owned && !AllocationVerbs.Contains(verb))
            return;
        var strength = !owned && handle is not null && TakesOnlyNumbers(context, function) && !HasOwnRelease(context, handle) ? Strength.Hint : Strength.Naming;
        claims.Add(Subject.Return(function.Name), Facts.Ownership, owned ? Facts.Owned : Facts.Borrowed, strength, Name, Because(function, verb, owned));
    }

    private static bool HasOwnRelease(InferenceContext context, HandleType handle) =>
        context.OneArgumentFunctionsOf(handle).Any(f => ReleaseNames.ReleaseVerb(context.Words(f.Name), handle) >= 0);

    private static bool TakesOnlyNumbers(InferenceContext context, FunctionDecl function) =>
        function.Parameters.All(p => context.Types.Shape.IsScalar(p.Type));

    private void Outs(InferenceContext context, ClaimBoard claims, FunctionDecl function, bool owned, string verb)
    {
        foreach (var parameter in function.Parameters.Where(p => context.Types.HandleOfOut(p.Type) is not null && OwnershipTargets.IsOutValue(context.Types, p.Type)))
            claims.Add(Subject.Param(function.Name, parameter.Name), Facts.Ownership, owned ? Facts.Owned : Facts.Borrowed, Strength.Naming, Name, Because(function, verb, owned));
    }

    private static string Because(FunctionDecl function, string verb, bool owned) =>
        owned ? $"name `{function.Name}` (verb `{verb}`) makes a new object" : $"name `{function.Name}` (verb `{verb}`) looks up an existing object";
}
