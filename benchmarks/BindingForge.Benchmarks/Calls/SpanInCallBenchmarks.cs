using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Support;
using static Examples.Zlib.ZlibNative;
using SafeZlib = global::BindingForge.Zlib.Zlib;

namespace BindingForge.Benchmarks.Calls;

/// <summary>
/// A buffer into C, <c>crc32(0, buf, 4096)</c>: pinning a managed array for a call that reads 4 KiB. The call
/// itself dominates; the binding's share is the pin and the transition.
/// </summary>
[MemoryDiagnoser]
public unsafe class SpanInCallBenchmarks : ISelfChecking
{
    private readonly byte[] _data = PseudoText.Create(4096);

    /// <summary>Thin: pin with <c>fixed</c>, pass pointer and length.</summary>
    [Benchmark(Description = "span-in/thin")]
    public ulong Thin()
    {
        fixed (byte* data = _data)
            return crc32(default, data, (uint)_data.Length).Value;
    }

    /// <summary>The safe layer's <c>Zlib.Crc32(ulong, ReadOnlySpan&lt;byte&gt;)</c>: pinning inside the method.</summary>
    [Benchmark(Description = "span-in/safe")]
    public ulong Safe() => SafeZlib.Crc32(0, _data);

    /// <inheritdoc/>
    public void Verify(string method, object? result) => Expect.Equal(Crc32.Compute(_data), result, method);
}
