using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// <c>length: { call: fn }</c> on a return: after the call, <see cref="Function"/> called with the same arguments
/// gives the count (<c>sqlite3_column_blob</c> and <c>sqlite3_column_bytes</c>).
/// </summary>
public sealed record CallLength(FunctionDecl Function, SourceLocation Location) : LengthFact(Location);
