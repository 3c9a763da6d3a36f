using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for <c>bf_exclusive: { threading: exclusive }</c>.</summary>
internal sealed class FixtureExclusive(ThreadingEnforcement enforcement)
    : OwnedHandle(ThreadingMode.Exclusive, enforcement)
{
    public static FixtureExclusive Create(ThreadingEnforcement enforcement)
    {
        var obj = new FixtureExclusive(enforcement);
        obj.AttachOwned(bf_exclusive_create());
        return obj;
    }

    public int Use(int spinMicroseconds)
    {
        using var lease = Enter();
        return bf_exclusive_use(lease.Pointer, spinMicroseconds);
    }

    protected override void Free(nint pointer) => bf_exclusive_destroy(pointer);
}
