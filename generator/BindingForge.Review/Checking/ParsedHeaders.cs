using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Review.Checking;

/// <summary>
/// What a header reader gives <see cref="ContractChecker"/>: the model and the reader's diagnostics. When the
/// diagnostics hold an error (or the model is null) the checker does not bind, so a header that failed to parse
/// does not turn into a flood of "unknown function" errors.
/// </summary>
public sealed record ParsedHeaders(HeaderModel? Model, IReadOnlyList<Diagnostic> Diagnostics);
