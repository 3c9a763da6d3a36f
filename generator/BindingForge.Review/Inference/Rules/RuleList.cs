using System.Collections.Immutable;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// Every inference rule, one per file, in the order of the evidence they read, strongest first: attributes, const,
/// Doxygen, comment phrases, names, signature shapes. The resolver weighs claims by strength, not by this order; the
/// order only fixes the order of sources in the draft.
/// </summary>
internal static class RuleList
{
    public static ImmutableArray<IInferenceRule> All { get; } =
    [
        new NullabilityAttributeRule(),
        new OwnershipAttributeRule(),
        new AllocationAttributeRule(),
        new Annotations.AnnotationCommentRule(),
        new Annotations.GirRule(),
        new ConstReturnRule(),
        new TextRule(),
        new DoxygenDirectionRule(),
        new FreeWithPhraseRule(),
        new CallerOwnsPhraseRule(),
        new BorrowedPhraseRule(),
        new DestructorPhraseRule(),
        new ConsumedPhraseRule(),
        new NullPhraseRule(),
        new NullFailurePhraseRule(),
        new YesNoRule(),
        new ThreadSafetyPhraseRule(),
        new NamingPairRule(),
        new OpaqueReleaseRule(),
        new LifecycleNameRule(),
        new ReleasedStructRule(),
        new OutParameterRule(),
        new LengthPairRule(),
        new ReturnsArgumentRule(),
    ];
}
