namespace BindingForge.Benchmarks.Support;

/// <summary>
/// The text column of the sqlite workloads: row <c>i</c> stores <c>item-NNNN-bindingforge</c> with
/// <c>NNNN = i % 1000</c>, 22 ASCII bytes. benchmarks/native/floor.c builds the same strings, so the C floor
/// moves the same bytes.
/// </summary>
public static class RowText
{
    /// <summary>Distinct texts; row <c>i</c> uses <c>Texts[i % Count]</c>.</summary>
    public const int Count = 1000;

    /// <summary>The texts, built once so no workload pays for formatting.</summary>
    public static string[] Texts { get; } = Enumerable.Range(0, Count).Select(i => $"item-{i:D4}-bindingforge").ToArray();

    /// <summary>
    /// What a select over rows <c>0..rows-1</c> must return: the sum over rows of <c>id + name length</c>.
    /// </summary>
    public static long ExpectedChecksum(int rows)
    {
        long sum = 0;
        for (int i = 0; i < rows; i++)
            sum += i + Texts[i % Count].Length;
        return sum;
    }
}
