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

    public static string Out(OutKind? kind) => kind switch
    {
        OutKind.Owned => "out: owned",
        OutKind.Borrowed => "out: borrowed",
        OutKind.CallerAllocates => "out: caller-allocates",
        _ => "no out",
    };

    public static string Encoding(StringEncoding? encoding) => encoding?.ToString().ToLowerInvariant() ?? "not a string";

    public static string Array(ArrayDirection? direction) => direction switch
    {
        ArrayDirection.In => "array: in",
        ArrayDirection.Out => "array: out",
        ArrayDirection.InOut => "array: inout",
        _ => "not an array",
    };

    public static string Length(LengthFact? length) => length switch
    {
        ParameterLength p => $"length: {p.ParameterName}",
        FixedLength f => $"length: {{ fixed: {f.Count} }}",
        NullTerminatedLength => "length: null-terminated",
        CallLength c => $"length: {{ call: {c.Function.Name} }}",
        _ => "no length",
    };

    public static string Threading(HandleThreading threading) => threading switch
    {
        HandleThreading.FreeThreaded => "free-threaded",
        HandleThreading.ThreadAffine => "thread-affine",
        _ => "exclusive",
    };

    public static string Error(BoundErrorDomain? error) => error is null ? "no error mapping" : $"error: {error.Name} (throws {error.ExceptionName})";

    public static string Status(FactStatus status) => status switch
    {
        FactStatus.Inferred => "inferred",
        FactStatus.Reviewed => "reviewed",
        _ => "unmarked",
    };

    public static string Name(string? name) => name ?? "(none)";

    private static string Until(BorrowedFact? borrowed) =>
        borrowed is { Until.IsEmpty: false } ? $" until {string.Join(", ", borrowed.Until.Select(u => u.Name))}"
        : borrowed is { OfParameter: { } of } ? $" from parameter {of}" : string.Empty;
}
