using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>Stand-in for the generated safe class of <c>bf_refobj</c> (<c>retain: bf_refobj_ref</c>).</summary>
internal sealed class FixtureRefObj : RefCountedHandle
{
    public static FixtureRefObj Create(int value)
    {
        var obj = new FixtureRefObj();
        obj.AttachOwned(bf_refobj_create(value));
        return obj;
    }

    public int RefCount
    {
        get
        {
            using var lease = Enter();
            return bf_refobj_refcount(lease.Pointer);
        }
    }

    public FixtureRefObj Clone() => CloneInto(new FixtureRefObj());

    protected override void Retain(nint pointer) => bf_refobj_ref(pointer);

    protected override void Free(nint pointer) => bf_refobj_unref(pointer);
}
