using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// Takes the lease on a handle or struct argument for one call, with the entry its class's threading rule selects:
/// <code>
/// using var __stmt = EnterExclusive();                          // this
/// using var __db = db.EnterCounted();                           // another handle (null was rejected in checks)
/// using var __other = other is null ? default : other.EnterCounted();   // a nullable one
/// </code>
/// The lease's pointer is valid until the method returns; nothing can free it meanwhile. An exclusive handle is
/// entered with <c>EnterExclusiveNoCallbacks()</c> when no callback can run during the call (so no re-entry) and
/// the call does not consume it: the guard then skips reading the thread's identity. A readers-writer handle is
/// entered with <c>EnterReader()</c> by a call the contract marks <c>access: read</c>, else <c>EnterWriter()</c>.
/// </summary>
internal static class Leases
{
    /// <summary>The null check and the lease, with the object expression and the lease local.</summary>
    public static (string Object, string Lease, ParamMarshalling Leasing) Take(ParamSite site, HandleThreading threading, bool nullable, bool consumes = false)
    {
        var enter = site.Context.EnterMethod(threading, reentrant: consumes || site.Function.MayCallBack, consumes ? HandleAccess.Mutate : site.Function.Function.Access);
        var lease = site.Local();
        if (site.IsSelf)
            return ("this", lease, new() { Setup = [SetupStep.Acquire(lease, $"{enter}()", mayThrow: true)] });
        if (nullable)
            return (site.Name, lease, new() { Setup = [SetupStep.Acquire(lease, $"{site.Name} is null ? default : {site.Name}.{enter}()", mayThrow: true)] });
        return (site.Name, lease, ParamMarshalling.RejectsNull(site.Name) with { Setup = [SetupStep.Acquire(lease, $"{site.Name}.{enter}()", mayThrow: true)] });
    }

    /// <summary>A call of a runtime member on a leased object, as a statement: <c>MarkConsumed();</c> on <c>this</c>,
    /// <c>db.MarkConsumed();</c>, or <c>other?.MarkConsumed();</c> when it may be null.</summary>
    public static string Call(string obj, bool nullable, string member, string arguments = "") =>
        obj == "this" ? $"{member}({arguments});" : $"{obj}{(nullable ? "?" : "")}.{member}({arguments});";
}
