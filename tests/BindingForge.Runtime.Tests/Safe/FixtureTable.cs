using static BindingForge.Runtime.Tests.Interop.TableNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for <c>bft_table: { threading: readers-writer }</c> with <c>bft_table_get: { access: read }</c>.</summary>
internal sealed class FixtureTable(ThreadingEnforcement enforcement)
    : OwnedHandle(ThreadingMode.ReadersWriter, enforcement)
{
    public static FixtureTable Create(ThreadingEnforcement enforcement)
    {
        var table = new FixtureTable(enforcement);
        table.AttachOwned(bft_table_create());
        return table;
    }

    public int Get(int spinMicroseconds)
    {
        using var lease = EnterReader();
        return bft_table_get(lease.Pointer, spinMicroseconds);
    }

    public void Set(int value, int spinMicroseconds)
    {
        using var lease = EnterWriter();
        bft_table_set(lease.Pointer, value, spinMicroseconds);
    }

    protected override void Free(nint pointer) => bft_table_destroy(pointer);
}
