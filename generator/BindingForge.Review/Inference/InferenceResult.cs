using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Inference;

/// <summary>What <see cref="ContractInferrer.Infer"/> produced.</summary>
/// <param name="Yaml">The draft contract, ready to write to a file; it loads and binds without errors.</param>
/// <param name="Summary">The counts the draft's header comment states.</param>
/// <param name="Diagnostics">Facts left out because the binder rejected them (BF2300), or why nothing was drafted (BF2301).</param>
public sealed record InferenceResult(string Yaml, InferenceSummary Summary, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>How much a draft covers.</summary>
/// <param name="Functions">Selected functions (not variadic).</param>
/// <param name="PointerFunctions">Those that return or take a pointer.</param>
/// <param name="DraftedFunctions">Functions with at least one inferred fact.</param>
/// <param name="Handles">Handle entries drafted.</param>
/// <param name="HandlesWithRelease">Of those, the ones with a release function.</param>
/// <param name="OpenQuestions">Things the evidence suggested but the draft does not state (conflicts, missing free functions).</param>
public sealed record InferenceSummary(int Functions, int PointerFunctions, int DraftedFunctions, int Handles, int HandlesWithRelease, int OpenQuestions);
