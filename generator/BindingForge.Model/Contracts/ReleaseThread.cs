namespace BindingForge.Model.Contracts;

/// <summary>Where a handle's release function must run (<c>release_on:</c>).</summary>
public enum ReleaseThread
{
    /// <summary><c>any</c>: any thread, including the finalizer thread. The default.</summary>
    Any,

    /// <summary><c>creating-thread</c>: only the thread that created the handle (GUI-style libraries).</summary>
    CreatingThread,
}
