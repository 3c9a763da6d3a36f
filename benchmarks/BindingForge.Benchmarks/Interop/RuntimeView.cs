using BindingForge.Runtime;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// A borrowed handle to the same <c>sqlite3*</c> as a <see cref="RuntimeDatabase"/>, attached as a dependent of it
/// (<see cref="NativeHandle.AttachBorrowed"/>): every entry also compares its scope's epoch, which is what a pool
/// object or a handle borrowed from a parent pays per call.
/// </summary>
internal sealed class RuntimeView : BorrowedHandle
{
    private RuntimeView(ThreadingMode threading)
        : base(threading, ThreadingEnforcement.Check)
    {
    }

    /// <summary>A view of <paramref name="owner"/>'s pointer that depends on it.</summary>
    public static RuntimeView Of(RuntimeDatabase owner, ThreadingMode threading)
    {
        var view = new RuntimeView(threading);
        using var lease = owner.Enter();
        view.AttachBorrowed(lease.Pointer, owner);
        return view;
    }
}
