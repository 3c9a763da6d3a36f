using System.ComponentModel;

namespace BindingForge.Runtime;

public abstract partial class NativeHandle
{
    private NativeHandle? _errorParent;

    /// <summary>
    /// The handle that holds this handle's error state: the one named by the contract's <c>error_parent</c> (for a
    /// handle with several parents, such as a backup that keeps two connections alive), else <see cref="Parent"/>.
    /// </summary>
    public NativeHandle? ErrorParent => _errorParent ?? Parent;

    /// <summary>
    /// Records which of the parents this handle was attached with holds its error state (<c>error_parent</c>). Call it
    /// right after attaching; the parent must be one this handle keeps alive.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public void UseErrorStateOf(NativeHandle? parent) => _errorParent = parent;
}
