using System.Runtime.CompilerServices;

namespace BindingForge.Runtime;

/// <summary>
/// The calling thread's managed id from a cached thread-static: the JIT inlines the thread-local read, whereas
/// <see cref="Environment.CurrentManagedThreadId"/> is a call. Used on every guarded <see cref="NativeHandle.Enter"/>.
/// </summary>
internal static class CurrentThread
{
    [ThreadStatic]
    private static int t_id;

    /// <summary>Same value as <see cref="Environment.CurrentManagedThreadId"/>.</summary>
    public static int Id
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            int id = t_id;
            return id != 0 ? id : Initialize();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Initialize() => t_id = Environment.CurrentManagedThreadId;
}
