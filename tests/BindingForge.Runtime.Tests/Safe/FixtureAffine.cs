using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for <c>bf_affine: { threading: thread-affine, release_on: creating-thread }</c>.</summary>
internal sealed class FixtureAffine(ThreadingEnforcement enforcement, ReleaseThread releaseOn)
    : OwnedHandle(ThreadingMode.ThreadAffine, enforcement, releaseOn)
{
    public static FixtureAffine Create(
        ThreadingEnforcement enforcement = ThreadingEnforcement.Check, ReleaseThread releaseOn = ReleaseThread.CreatingThread)
    {
        var obj = new FixtureAffine(enforcement, releaseOn);
        obj.AttachOwned(bf_affine_create());
        return obj;
    }

    public int Use()
    {
        using var lease = Enter();
        return bf_affine_use(lease.Pointer);
    }

    protected override void Free(nint pointer) => bf_affine_destroy(pointer);
}
