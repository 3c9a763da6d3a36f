namespace BindingForge.Benchmarks.Report;

/// <summary>The order statistics the report uses (nothing but <see cref="Measurement"/>: the tests compile this file in).</summary>
public static class Statistics
{
    /// <summary>The median of the values (the mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException("the median of no values", nameof(values));
        int middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>One measurement per benchmark (section, key, variant): the median of the given ones' times and allocations.</summary>
    public static IReadOnlyList<Measurement> MedianPerBenchmark(IEnumerable<Measurement> measurements) =>
        measurements.GroupBy(m => (m.Section, m.Key, m.Variant))
            .Select(g => g.First() with
            {
                Nanoseconds = Median(g.Select(m => m.Nanoseconds)),
                AllocatedBytes = g.All(m => m.AllocatedBytes is not null) ? Median(g.Select(m => m.AllocatedBytes!.Value)) : null,
            })
            .ToArray();
}
