// Worked example for benchmarks/bench-contract.sh: crc32 over 4 KiB, thin layer against safe layer.
//   benchmarks/bench-contract.sh contracts/zlib.yaml benchmarks/examples/zlib-crc32.bench.cs --quick
// The names come from contracts/zlib.yaml: the thin class is BindingForge.Zlib.ZlibNative (raw pointers,
// CULong), the safe one BindingForge.Zlib.Zlib (spans, nuint).
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using BindingForge.Zlib;

/// <summary>crc32 over a 4 KiB buffer: the thin import with a pinned pointer against the safe span overload.</summary>
public unsafe class ZlibCrc32Benchmarks
{
    private readonly byte[] _data = new byte[4096];

    /// <summary>Fills the buffer with a fixed pattern.</summary>
    [GlobalSetup]
    public void Setup()
    {
        for (var i = 0; i < _data.Length; i++)
            _data[i] = (byte)(i * 31 + 7);
    }

    /// <summary>The thin layer: pin, call with pointer and length.</summary>
    [Benchmark(Baseline = true, Description = "crc32/thin")]
    public nuint Thin()
    {
        fixed (byte* p = _data)
            return ZlibNative.crc32(new CULong(0), p, (uint)_data.Length).Value;
    }

    /// <summary>The safe layer: the span overload the contract generates.</summary>
    [Benchmark(Description = "crc32/safe")]
    public nuint Safe() => Zlib.Crc32(0, _data);
}
