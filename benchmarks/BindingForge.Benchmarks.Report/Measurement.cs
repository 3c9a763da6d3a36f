namespace BindingForge.Benchmarks.Report;

/// <summary>
/// One benchmark result, normalised: <paramref name="Nanoseconds"/> and <paramref name="AllocatedBytes"/> are per
/// row (sqlite), per 64 KiB chunk (zlib) or per call.
/// </summary>
/// <param name="Section"><c>workloads</c> or <c>calls</c>.</param>
/// <param name="Key">The workload or call key: <c>sqlite-insert</c>, <c>handle</c>, ...</param>
/// <param name="Variant">The binding: <c>c</c>, <c>thin</c>, <c>safe</c>, <c>sqlitepclraw</c>, ...</param>
/// <param name="Nanoseconds">The median time per unit.</param>
/// <param name="AllocatedBytes">Managed bytes allocated per unit, when measured.</param>
public sealed record Measurement(string Section, string Key, string Variant, double Nanoseconds, double? AllocatedBytes);
