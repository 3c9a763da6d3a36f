using BindingForge.Model;

namespace BindingForge.Review.Diff;

/// <summary>
/// One semantic change between two versions of a contract.
/// </summary>
/// <param name="Subject">The C symbol and part (<c>sqlite3_expanded_sql</c> return, handle <c>sqlite3_stmt</c>).</param>
/// <param name="Description">What changed, in words (<c>owned (free: sqlite3_free) → borrowed</c>) and what it means.</param>
/// <param name="SafeApi">The member of the safe API it affects (<c>Statement.ExpandedSql</c>), when there is one.</param>
/// <param name="Location">Where the change is in the newer contract (or the older one, for removals).</param>
public sealed record ContractChange(ChangeKind Kind, string Subject, string Description, string? SafeApi, SourceLocation Location);
