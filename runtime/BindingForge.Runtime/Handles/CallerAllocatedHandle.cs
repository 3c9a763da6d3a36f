using System.ComponentModel;
using System.Runtime.InteropServices;

namespace BindingForge.Runtime;

/// <summary>
/// Base of a class that owns a C struct the caller allocates and the library initialises in place with an
/// init/cleanup pair (the contract's <c>structs:</c>, zlib's <c>z_stream</c> with <c>deflateInit_</c>/<c>deflateEnd</c>).
/// The struct lives in zeroed native memory that never moves (zlib keeps a pointer back to it); the handle's pointer
/// is that memory. The release runs the cleanup of the init that succeeded, exactly once, then frees the memory.
/// </summary>
/// <example>
/// What the generator emits for a factory (the memory is freed, and no cleanup runs, when the init fails):
/// <code>
/// var stream = new ZStream();
/// nint memory = AllocateZeroed(112, 8);
/// int rc = ZlibNative.deflateInit_((z_stream*)memory, level, version, 112);
/// if (rc != 0) { FreeMemory(memory); throw ...; }
/// stream.AttachInitialized(memory, init: 0);
/// </code>
/// </example>
public abstract unsafe class CallerAllocatedHandle : OwnedHandle
{
    private int _init = -1;

    /// <summary>Creates an unattached instance with the class's threading rule and release thread.</summary>
    protected CallerAllocatedHandle(
        ThreadingMode threading = ThreadingMode.Exclusive,
        ThreadingEnforcement enforcement = ThreadingEnforcement.Check,
        ReleaseThread releaseOn = ReleaseThread.Any)
        : base(threading, enforcement, releaseOn)
    {
    }

    /// <summary>The index of the init that succeeded (given to <see cref="AttachInitialized"/>), or -1 before that.</summary>
    protected int InitIndex => _init;

    /// <summary>Allocates <paramref name="size"/> zeroed bytes aligned to <paramref name="alignment"/> (a power of two).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static nint AllocateZeroed(nuint size, nuint alignment)
    {
        void* memory = NativeMemory.AlignedAlloc(size == 0 ? 1 : size, alignment == 0 ? 16 : alignment);
        NativeMemory.Clear(memory, size);
        return (nint)memory;
    }

    /// <summary>Frees memory from <see cref="AllocateZeroed"/> that was never attached (the init failed).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static void FreeMemory(nint memory) => NativeMemory.AlignedFree((void*)memory);

    /// <summary>
    /// Takes ownership of memory an init succeeded on, remembering which init ran so that release calls its cleanup.
    /// </summary>
    /// <exception cref="InvalidOperationException">The instance is already attached or disposed.</exception>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void AttachInitialized(nint memory, int init)
    {
        EnsureAttachable();
        _init = init;
        AttachOwned(memory);
    }

    /// <summary>Runs the cleanup of the init that ran, then frees the memory. Runs exactly once.</summary>
    protected sealed override void Free(nint pointer)
    {
        try
        {
            Cleanup(pointer, _init);
        }
        finally
        {
            NativeMemory.AlignedFree((void*)pointer);
        }
    }

    /// <summary>Calls the cleanup that undoes init number <paramref name="init"/> on the struct at <paramref name="pointer"/>.
    /// Must not throw; it may run on the finalizer thread.</summary>
    protected abstract void Cleanup(nint pointer, int init);
}
