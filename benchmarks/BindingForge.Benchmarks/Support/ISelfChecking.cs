namespace BindingForge.Benchmarks.Support;

/// <summary>
/// A benchmark class that can tell a right result from a wrong one. The smoke run (<c>--smoke</c>) calls
/// <see cref="Verify"/> after running each benchmark method once, so a benchmark that measures a broken loop fails
/// a test instead of producing a fast number.
/// </summary>
public interface ISelfChecking
{
    /// <summary>Throws <see cref="InvalidOperationException"/> when <paramref name="result"/> is wrong.</summary>
    /// <param name="method">The benchmark method's name.</param>
    /// <param name="result">What the method returned.</param>
    void Verify(string method, object? result);
}
