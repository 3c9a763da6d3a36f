using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for <c>structs: bf_accumulator: { init: { bf_accumulator_init: { cleanup: bf_accumulator_end } } }</c>.</summary>
internal sealed unsafe class FixtureAccumulator : CallerAllocatedHandle
{
    /// <summary>sizeof(bf_accumulator) and its alignment on x86-64: int64, int32, int32, void*.</summary>
    private const int Size = 24;
    private const int Alignment = 8;

    public static FixtureAccumulator Create(int start)
    {
        var accumulator = new FixtureAccumulator();
        nint memory = AllocateZeroed(Size, Alignment);
        int rc = bf_accumulator_init((void*)memory, start);
        if (rc != 0)
        {
            FreeMemory(memory);
            throw new FixtureException(rc, "init failed", nameof(bf_accumulator_init));
        }
        accumulator.AttachInitialized(memory, init: 0);
        return accumulator;
    }

    public long Total
    {
        get
        {
            using var lease = EnterExclusive();
            return *(long*)lease.Pointer;
        }
    }

    public void Add(int value)
    {
        using var lease = EnterExclusive();
        bf_accumulator_add((void*)lease.Pointer, value);
    }

    protected override void Cleanup(nint pointer, int init) => bf_accumulator_end((void*)pointer);
}
