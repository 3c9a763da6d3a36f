namespace BindingForge.Benchmarks.Report;

/// <summary>
/// The rows and columns summary.json always has, so a variant that is not implemented yet (the generated safe
/// layer) shows as null instead of disappearing. Variants found in the results but not listed here are
/// appended after these.
/// </summary>
public static class ExpectedVariants
{
    /// <summary>Workload key to variants, in report order.</summary>
    public static IReadOnlyList<(string Key, string[] Variants)> Workloads { get; } =
    [
        ("sqlite-insert", ["c", "thin", "safe", "safe-utf8", "safehandle", "sqlitepclraw", "mds"]),
        ("sqlite-select", ["c", "thin", "safe", "safehandle", "sqlitepclraw", "mds"]),
        ("zlib-deflate", ["c", "thin", "safe"]),
    ];

    /// <summary>Call key to variants, in report order.</summary>
    public static IReadOnlyList<(string Key, string[] Variants)> Calls { get; } =
    [
        ("leaf", ["c", "thin", "safe", "sqlitepclraw"]),
        ("leaf-sgt", ["c", "thin", "safe"]),
        ("handle", ["thin", "safe", "safehandle", "runtime-counted", "runtime-exclusive", "runtime-affine", "sqlitepclraw"]),
        ("string-in", ["thin", "safe", "safe-utf8", "safehandle", "runtime-utf8", "sqlitepclraw"]),
        ("string-out", ["thin", "safe", "safehandle", "runtime-utf8", "sqlitepclraw"]),
        ("span-in", ["thin", "safe"]),
        ("error-check", ["thin-unchecked", "thin", "safe", "safehandle", "sqlitepclraw"]),
    ];

    /// <summary>
    /// The thin median a row's ratios are taken against: the row's own <c>thin</c>, except <c>leaf-sgt</c>, which is
    /// compared with the plain thin leaf call so its ratio shows what SuppressGCTransition saves.
    /// </summary>
    public static double? ThinBaseline(IReadOnlyList<SummaryRow> rows, SummaryRow row) =>
        row.Key == "leaf-sgt" ? rows.FirstOrDefault(r => r.Key == "leaf")?.Nanoseconds("thin") : row.Nanoseconds("thin");

    /// <summary>What each unit is, for headings.</summary>
    public static string UnitOf(string key) => key switch
    {
        "zlib-deflate" => "ns per 64 KiB chunk",
        "sqlite-insert" or "sqlite-select" => "ns per row",
        _ => "ns per call",
    };
}
