namespace BindingForge.Benchmarks.Support;

/// <summary>Result checks for <see cref="ISelfChecking.Verify"/>.</summary>
public static class Expect
{
    /// <summary>Throws unless <paramref name="actual"/> equals <paramref name="expected"/>.</summary>
    public static void Equal<T>(T expected, object? actual, string what)
    {
        if (actual is not T value || !EqualityComparer<T>.Default.Equals(expected, value))
            throw new InvalidOperationException($"{what}: expected {expected}, got {actual ?? "null"}.");
    }

    /// <summary>Throws unless <paramref name="condition"/> holds.</summary>
    public static void True(bool condition, string what)
    {
        if (!condition)
            throw new InvalidOperationException(what);
    }
}
