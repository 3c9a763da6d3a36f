namespace BindingForge.Runtime;

/// <summary>How long native code may call a callback: the contract's <c>callback: { scope }</c>.</summary>
public enum CallbackScope
{
    /// <summary>Only during the call that receives it: freed when that call returns.</summary>
    Call,

    /// <summary>Until invoked once: freed by the trampoline (<see cref="CallbackRegistry.Take{T}"/>).</summary>
    Async,

    /// <summary>Until the library runs the destroy function it was given (<see cref="CallbackRegistry.DestroyNotify"/>).</summary>
    Notified,

    /// <summary>Until the owning handle is released (<see cref="NativeHandle.AttachCallback"/>).</summary>
    Forever,

    /// <summary>Until the owning handle sets the same slot again, is reset or released (<see cref="NativeHandle.AttachHandleCallback"/>).</summary>
    Handle,

    /// <summary>Until the pool it was registered on is next cleared or released (<see cref="NativeHandle.AttachUntilClear"/>).</summary>
    Pool,
}
