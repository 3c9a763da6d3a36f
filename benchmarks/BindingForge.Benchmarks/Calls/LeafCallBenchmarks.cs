using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Interop;
using Examples.Sqlite3;
using BindingForge.Benchmarks.Support;
using Raw = SQLitePCL.raw;
using SafeApi = global::BindingForge.Sqlite;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// The cheapest possible call, <c>sqlite3_libversion_number()</c>: the cost of the P/Invoke transition itself,
/// with and without <see cref="System.Runtime.InteropServices.SuppressGCTransitionAttribute"/>.
/// </summary>
[MemoryDiagnoser]
public class LeafCallBenchmarks : ISelfChecking
{
    /// <summary>Installs SQLitePCLRaw's provider.</summary>
    [GlobalSetup]
    public void Setup() => NativeSetup.EnsureInitialized();

    /// <summary>The generated thin import: a normal GC transition.</summary>
    [Benchmark(Description = "leaf/thin")]
    public int Thin() => Sqlite3Native.sqlite3_libversion_number();

    /// <summary>The same call declared with SuppressGCTransition (what contract <c>leaf</c> enables).</summary>
    [Benchmark(Description = "leaf-sgt/thin")]
    public int ThinSuppressed() => SuppressedTransition.sqlite3_libversion_number();

    /// <summary>
    /// The safe layer's <c>Sqlite3.LibversionNumber()</c>: the contract marks it <c>leaf</c>, so its import suppresses
    /// the GC transition; reported under <c>leaf-sgt</c> (compare with <c>leaf-sgt/thin</c>).
    /// </summary>
    [Benchmark(Description = "leaf-sgt/safe")]
    public int Safe() => SafeApi.Sqlite3.LibversionNumber();

    /// <summary>SQLitePCLRaw's call, through its provider interface.</summary>
    [Benchmark(Description = "leaf/sqlitepclraw")]
    public int PclRaw() => Raw.sqlite3_libversion_number();

    /// <inheritdoc/>
    public void Verify(string method, object? result)
    {
        int expected = Sqlite3Native.sqlite3_libversion_number();
        Expect.True(expected >= 3_000_000, $"implausible sqlite version number {expected}");
        Expect.Equal(expected, result, method);
    }
}
