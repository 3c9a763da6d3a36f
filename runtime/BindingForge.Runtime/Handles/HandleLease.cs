using System.Runtime.CompilerServices;

namespace BindingForge.Runtime;

/// <summary>
/// One call's access to a handle's pointer, from <see cref="NativeHandle.Enter"/> (or a specialised entry such as
/// <see cref="NativeHandle.EnterExclusive"/>) to <see cref="Dispose"/>. While the lease lives, the pointer cannot be
/// freed and the handle's threading guard is held. Generated code:
/// <code>
/// using var lease = EnterExclusive();
/// int rc = Sqlite3Native.sqlite3_step((sqlite3_stmt*)lease.Pointer);
/// </code>
/// A lease is a stack-only value and must be disposed exactly once (a <c>using</c> declaration does that).
/// <c>default(HandleLease)</c> holds nothing (its pointer is 0) and disposing it does nothing: generated code uses it
/// for a nullable handle argument that is null (<c>using var lease = db is null ? default : db.EnterCounted();</c>).
/// </summary>
public readonly ref struct HandleLease
{
    private readonly NativeHandle _handle;
    private readonly GuardKind _kind;

    internal HandleLease(NativeHandle handle, nint pointer, GuardKind kind)
    {
        _handle = handle;
        Pointer = pointer;
        _kind = kind;
    }

    /// <summary>The native pointer, valid until the lease is disposed.</summary>
    public nint Pointer { get; }

    /// <summary>The native pointer as a typed pointer to the thin layer's opaque struct.</summary>
    public unsafe T* As<T>() where T : unmanaged => (T*)Pointer;

    /// <summary>The handle this lease was taken on.</summary>
    public NativeHandle Handle => _handle;

    /// <summary>
    /// Ends the call: releases the threading guard or the reference taken on entry. The guard kind was a constant
    /// at the specialised entry, so after inlining this is a single branch-free path.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Dispose()
    {
        switch (_kind)
        {
            case GuardKind.ThreadAffineCheck:
                _handle.LeaveThreadAffine();
                break;
            case GuardKind.ExclusiveCheck:
                _handle.LeaveExclusive();
                break;
            case GuardKind.ExclusiveLock:
                _handle.LeaveLocked();
                break;
            case GuardKind.Reader:
                _handle.LeaveReader();
                break;
            case GuardKind.Writer:
                _handle.LeaveWriter();
                break;
            default:
                // A default lease (a nullable handle argument that was null) holds nothing.
                _handle?.DangerousRelease();
                break;
        }
    }
}
