using System.IO.Compression;
using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Support;

namespace BindingForge.Benchmarks.Workloads.Zlib;

/// <summary>
/// Streaming deflate of <see cref="Mebibytes"/> MiB of generated text in 64 KiB chunks. Reported per 64 KiB
/// input chunk: median / (<see cref="Mebibytes"/> * 16).
/// </summary>
[MemoryDiagnoser]
public class ZlibDeflateBenchmarks : ISelfChecking
{
    private ZlibWorkload? _workload;
    private byte[] _input = [];
    private byte[] _output = [];

    /// <summary>The binding under test (a <see cref="WorkloadVariantAttribute"/> name).</summary>
    [ParamsSource(nameof(Variants))]
    public string Variant { get; set; } = "thin";

    /// <summary>Input size in MiB.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Mebibytes { get; set; }

    /// <summary>Every zlib workload variant in the assembly.</summary>
    public static IEnumerable<string> Variants => WorkloadRegistry<ZlibWorkload>.Names;

    /// <summary>The input size for the current mode.</summary>
    public static IEnumerable<int> Sizes => [BenchSizes.ZlibMebibytes];

    /// <summary>Builds the input and the output buffer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _workload = WorkloadRegistry<ZlibWorkload>.Create(Variant);
        _input = PseudoText.Create(Mebibytes << 20);
        _output = new byte[BenchSizes.ZlibChunkBytes];
    }

    /// <summary>The measured deflate; returns the compressed size.</summary>
    [Benchmark(Description = "zlib-deflate")]
    public long Deflate() => _workload!.Deflate(_input, _output, sink: null);

    /// <inheritdoc/>
    public void Verify(string method, object? result)
    {
        using var compressed = new MemoryStream();
        long size = _workload!.Deflate(_input, _output, compressed);
        Expect.Equal(size, result, $"{Variant} compressed size is stable");
        Expect.True(size == compressed.Length && size < _input.Length / 2, $"{Variant} output size {size} is not plausible");
        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var roundTrip = new MemoryStream();
        inflater.CopyTo(roundTrip);
        Expect.True(roundTrip.ToArray().AsSpan().SequenceEqual(_input), $"{Variant} output does not inflate back to the input");
        // Every variant drives the same libz with the same level and chunking, so the bytes must match thin's.
        using var thin = new MemoryStream();
        new ThinZlibWorkload().Deflate(_input, _output, thin);
        Expect.True(compressed.ToArray().AsSpan().SequenceEqual(thin.ToArray()), $"{Variant} output differs from thin's");
    }
}
