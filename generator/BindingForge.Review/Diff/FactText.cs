using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>How the diff spells facts in its report: the way a contract would write them.</summary>
internal static class FactText
{
    public static string Ownership(OwnedFact? owned, BorrowedFact? borrowed) => (owned, borrowed) switch
    {
        ({ Free: { } free }, _) => $"owned (freed with `{free.Name}`)",
        ({ }, _) => "owned",
        (_, { }) => "borrowed" + Until(borrowed),
        _ => "no ownership fact",
    };

    /// <summary>Codes as the contract wrote them: <c>SQLITE_OK, SQLITE_ROW</c>; empty for none.</summary>
    public static string Codes(IEnumerable<BoundSuccessValue> codes) =>
        string.Join(", ", codes.Select(c => c.Symbol ?? c.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>An error-state lock: <c>`sqlite3_db_mutex`</c>, <c>the handle's own lock</c>; null for none.</summary>
    public static string? Lock(ErrorStateLock? fact) => fact switch
    {
        null => null,
        { IsHandleLock: true } => "the safe layer's per-handle lock",
        _ => $"`{fact.Mutex!.Name}`",
    };

    public static string Out(OutKind? kind) => kind is { } k ? ParamKeys.Out.DiffText(k) : ParamKeys.Out.Diff!.Absent;

    public static string Encoding(StringEncoding? encoding) => encoding is { } e ? Spellings.String.TextOf(e) : "not a string";

    public static string Length(LengthFact? length) => length switch
    {
        ParameterLength p => $"length: {p.ParameterName}",
        FixedLength f => $"length: {{ fixed: {f.Count} }}",
        NullTerminatedLength => "length: null-terminated",
        CallLength c => $"length: {{ call: {c.Function.Name} }}",
        _ => "no length",
    };

    public static string Threading(HandleThreading threading) => Spellings.Threading.TextOf(threading);

    /// <summary>A function's <c>access:</c> as the contract spells it.</summary>
    public static string Access(HandleAccess access) => Spellings.Access.TextOf(access);

    public static string Error(BoundErrorDomain? error) => error is null ? "no error mapping" : $"error: {error.Name} (throws {error.ExceptionName})";

    public static string Status(FactStatus status) => status == FactStatus.Unstated ? "unmarked" : Spellings.Status.TextOf(status);

    public static string Name(string? name) => name ?? "(none)";

    private static string Until(BorrowedFact? borrowed) =>
        borrowed is { Until.IsEmpty: false } ? $" until {string.Join(", ", borrowed.Until.Select(u => u.Name))}"
        : borrowed is { OfParameter: { } of } ? $" from parameter {of}" : string.Empty;
}
