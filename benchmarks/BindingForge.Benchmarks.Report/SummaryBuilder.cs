namespace BindingForge.Benchmarks.Report;

/// <summary>Lays measurements out on the <see cref="ExpectedVariants"/> grid.</summary>
public static class SummaryBuilder
{
    /// <summary>Builds the summary; measured variants not in the grid are appended to their row.</summary>
    public static Summary Build(IReadOnlyList<Measurement> measurements, IReadOnlyList<KeyValuePair<string, string>> machine) =>
        new(machine,
            Rows("workloads", ExpectedVariants.Workloads, measurements),
            Rows("calls", ExpectedVariants.Calls, measurements));

    private static SummaryRow[] Rows(string section, IReadOnlyList<(string Key, string[] Variants)> expected, IReadOnlyList<Measurement> measurements)
    {
        var inSection = measurements.Where(m => m.Section == section).ToArray();
        var keys = expected.Select(e => e.Key).Concat(inSection.Select(m => m.Key)).Distinct();
        return keys.Select(key =>
        {
            var listed = expected.FirstOrDefault(e => e.Key == key).Variants ?? [];
            var variants = listed.Concat(inSection.Where(m => m.Key == key).Select(m => m.Variant)).Distinct();
            var cells = variants.Select(v =>
            {
                var found = inSection.FirstOrDefault(m => m.Key == key && m.Variant == v);
                return new SummaryCell(v, found?.Nanoseconds, found?.AllocatedBytes);
            });
            return new SummaryRow(key, [.. cells]);
        }).ToArray();
    }
}
