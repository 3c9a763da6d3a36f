namespace BindingForge.Contracts.Vocabulary;

/// <summary>
/// The keys of an error domain's <c>lock: { mutex: fn, enter: fn, leave: fn }</c>: the library's own lock over a
/// handle's error state (sqlite's <c>sqlite3_db_mutex</c>), entered and left through its functions.
/// </summary>
public static class LockKeys
{
    public static readonly KeyRow Mutex = new("mutex", ValueShape.Function, "takes the handle, returns its mutex (NULL when the library runs without one)") { Required = true };

    public static readonly KeyRow Enter = new("enter", ValueShape.Function, "takes the mutex and locks it (it must be recursive: the library's own calls take it too)") { Required = true };

    public static readonly KeyRow Leave = new("leave", ValueShape.Function, "takes the mutex and unlocks it") { Required = true };

    public static readonly KeyTable Table = new("`lock`", Mutex, Enter, Leave);
}
