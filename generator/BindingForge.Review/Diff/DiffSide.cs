using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Review.Diff;

/// <summary>One version of a contract for <see cref="ContractDiffer"/>: the document, the header it binds against, and a label.</summary>
public sealed record DiffSide(ContractDocument Document, HeaderModel Header, string Label);
