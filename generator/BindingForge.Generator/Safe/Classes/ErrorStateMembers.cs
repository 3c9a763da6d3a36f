using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Generator.Safe.Symbols;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The errors class members behind an error domain's error-state facts: the lock over a handle's error state and
/// the reader of its current code.
/// <code>
/// public static ErrorStateLock LockSqliteRc(nint handle) =>
///     handle == 0 ? default : ErrorStateLock.Native((nint)Sqlite3Native.sqlite3_db_mutex((sqlite3*)handle), &amp;EnterSqliteRc, &amp;LeaveSqliteRc);
/// private static void EnterSqliteRc(nint mutex) => Sqlite3Native.sqlite3_mutex_enter((sqlite3_mutex*)mutex);
/// public static long CodeSqliteRc(nint handle) => handle == 0 ? 0 : (long)Sqlite3Native.sqlite3_errcode((sqlite3*)handle);
/// </code>
/// </summary>
internal static class ErrorStateMembers
{
    public static IEnumerable<MemberRender> For(SafeContext context, ErrorInfo error)
    {
        var pointer = error.MessageHandle is { } key ? context.Handles[key].PointerType : null;
        if (pointer is null)
            yield break;
        var domain = Docs.Escape(error.Bound.Name);
        if (error.State.Lock is { } lockCalls)
        {
            foreach (var member in Lock(error, lockCalls, pointer, domain))
                yield return member;
        }

        if (error.CodeReader is { } reader)
        {
            var success = error.Bound.Success.IsEmpty ? "0" : error.Bound.Success[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var call = $"{error.State.Code}(({pointer})handle)";
            var read = context.Thin.MapReturn(error.Bound.Code!.ReturnType).Name is "CLong" or "CULong" ? $"(long){call}.Value" : $"(long){call}";
            yield return new ExpressionMemberRender([$"/// <summary>The current error code of a handle of <c>{domain}</c>, as a <c>long</c>.</summary>"], [],
                reader, $"public static long {reader}(nint handle)", $"handle == 0 ? {success} : {read}", Wrapped: true);
        }
    }

    private static IEnumerable<MemberRender> Lock(ErrorInfo error, ErrorLockCalls calls, string pointer, string domain)
    {
        var name = error.LockFactory!;
        var summary = $"/// <summary>Holds the lock over the error state of <c>{domain}</c> for a handle, across a call and its error read.</summary>";
        var signature = $"public static {RuntimeNames.ErrorStateLock.Type} {name}(nint handle)";
        if (calls.IsPerHandle)
        {
            yield return new ExpressionMemberRender([summary], [], name, signature, $"{RuntimeNames.ErrorStateLock.ForHandle}(handle)", Wrapped: true);
            yield break;
        }

        var (enter, leave) = ("Enter" + error.Factory, "Leave" + error.Factory);
        yield return new ExpressionMemberRender([summary], [], name, signature,
            $"handle == 0 ? default : {RuntimeNames.ErrorStateLock.Native}((nint){calls.Mutex}(({pointer})handle), &{enter}, &{leave})", Wrapped: true);
        foreach (var (member, call) in new[] { (enter, calls.Enter), (leave, calls.Leave) })
        {
            yield return new ExpressionMemberRender([], [], member, $"private static void {member}(nint mutex)", $"{call}(({calls.MutexType})mutex)", Wrapped: false);
        }
    }
}
