using BindingForge.Model.Diagnostics;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>callback: { scope, user_data, destroy }</c>: a managed delegate, registered for native code under a GCHandle
/// (<c>CallbackCookie</c>) whose value is the user data, and called through a trampoline (<see cref="CallbackTypes"/>).
/// The registration lives as the scope says: <c>call</c> until the call returns (<c>using</c>), <c>async</c> until
/// the trampoline's first invocation, <c>notified</c> until the library runs the destroy function it is given,
/// <c>forever</c> until the owning handle is released (<c>AttachCallback</c>), <c>handle</c> until the owning handle
/// sets the same parameter again, is reset or released (<c>AttachHandleCallback</c> with the slot's name). An exception thrown by the delegate is
/// rethrown after the native call returns.
/// <code>
/// using var __callbackCookie = callback is null ? default : CallbackCookie.Alloc(callback, CallbackScope.Call);
/// delegate* unmanaged[Cdecl]&lt;...&gt; __callbackFn = callback is null ? null : &amp;Sqlite3Callbacks.InvokeExecCallback;
/// ... Sqlite3Native.sqlite3_exec(..., __callbackFn, (void*)__callbackCookie.UserData, ...);
/// CallbackExceptionSlot.ThrowIfCaptured();
/// </code>
/// A callback without <c>user_data</c> cannot find its delegate: it is a raw function pointer parameter (BF3505).
/// </summary>
internal sealed class Callback(ParamShape.Callback shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var fact = shape.Fact;
        if (!site.Thin.IsFunctionPointer || site.Thin.Name == "void*")
            return StrategyFailure.Uncovered($"the callback '{site.CName}' has a signature the thin layer could not express");
        if (fact.UserDataParameter is not { } userData)
            return RawFunctionPointer(site);
        if (site.Context.Callbacks.Get(site, fact, once: fact.Scope == CallbackScope.Async) is not { } type)
            return StrategyFailure.Uncovered($"the callback '{site.CName}' has a signature the safe style cannot bridge (cdecl, a pointer user-data argument)");

        var nullable = shape.Nullable;
        var (cookie, registration) = Register(site, plan, fact.Scope);
        var trampoline = $"&{site.Context.CallbacksClass}.{(fact.Scope == CallbackScope.Async ? type.InvokeOnce : type.Invoke)}";
        var function = new ParamMarshalling();
        if (nullable)
        {
            function = new ParamMarshalling { Setup = [$"{site.Thin.Name} {site.Local("Fn")} = {site.Name} is null ? null : {trampoline};"] };
            trampoline = site.Local("Fn");
        }

        var userDataType = site.Context.Thin.Map(site.Function.Function.Parameters[userData].Decl.Type).Name;
        var marshalling = Inputs.Reference(site, type.DelegateName, nullable) + registration + function + new ParamMarshalling
        {
            Arguments = [(site.Index, trampoline), (userData, Conversions.Cast($"(void*){cookie}.{RuntimeNames.CallbackCookie.UserData}", "void*", userDataType))],
            HasCallbacks = true,
        };
        return fact.DestroyParameter is { } destroy ? marshalling + Destroy(site, destroy) : marshalling;
    }

    /// <summary>No user data: the caller passes an <c>[UnmanagedCallersOnly]</c> method's address itself.</summary>
    private static ParamMarshalling RawFunctionPointer(ParamSite site) => ParamMarshalling.Argument(site.Index, site.Name) with
    {
        Parameters = [new SafeParameter(site.Thin.Name, site.Name, site.CName)],
        Notes =
        [
            new PlanNote(SafeDiagnosticIds.RawCallback,
                $"callback '{site.CName}' has no user_data, so it is a raw function pointer (an [UnmanagedCallersOnly] method's address), not a delegate",
                DiagnosticSeverity.Info),
        ],
    };

    /// <summary>The registration, freed as the scope says, and its local.</summary>
    private static (string Cookie, ParamMarshalling Registration) Register(ParamSite site, IPlanSoFar plan, CallbackScope scope)
    {
        var cookie = site.Local("Cookie");
        var alloc = $"{RuntimeNames.CallbackCookie.Alloc}({site.Name}, {RuntimeNames.Enums.CallbackScope}.{scope})";
        if (site.Param.Nullable)
            alloc = $"{site.Name} is null ? default : {alloc}";
        var registration = new ParamMarshalling
        {
            Setup = [scope == CallbackScope.Call ? SetupStep.Acquire(cookie, alloc) : $"var {cookie} = {alloc};"],
            OnNativeError = scope is CallbackScope.Async or CallbackScope.Forever or CallbackScope.Handle or CallbackScope.Pool ? [$"{cookie}.{RuntimeNames.CallbackCookie.Free}();"] : [],
        };
        return (cookie, scope switch
        {
            CallbackScope.Forever => registration + Attach(site, plan, cookie, RuntimeNames.NativeHandle.AttachCallback),
            CallbackScope.Pool => registration + Attach(site, plan, cookie, RuntimeNames.NativeHandle.AttachUntilClear),
            CallbackScope.Handle => registration + Attach(site, plan, $"{LifetimeSlots.Of(site)}, {cookie}", RuntimeNames.NativeHandle.AttachHandleCallback),
            _ => registration,
        });
    }

    /// <summary>The destroy notification of a <c>notified</c> callback: the runtime's, which frees the registration.</summary>
    private static ParamMarshalling Destroy(ParamSite site, int destroy)
    {
        var destroyType = site.Context.Thin.Map(site.Function.Function.Parameters[destroy].Decl.Type).Name;
        if (destroyType != "delegate* unmanaged[Cdecl]<void*, void>")
            return StrategyFailure.Uncovered($"the destroy parameter of '{site.CName}' is '{destroyType}', not void (*)(void *)");
        var notify = $"({destroyType}){RuntimeNames.CallbackRegistry.DestroyNotify}";
        return ParamMarshalling.Argument(destroy, site.Param.Nullable ? $"{site.Name} is null ? null : {notify}" : notify);
    }

    /// <summary>
    /// A forever callback lives until its handle is released, a pool callback (a cleanup) until its pool is next
    /// cleared or released: the call's first handle keeps it (<c>AttachCallback</c>, <c>AttachUntilClear</c>).
    /// </summary>
    private static ParamMarshalling Attach(ParamSite site, IPlanSoFar plan, string cookie, string attach)
    {
        if (plan.Handles.FirstOrDefault(h => !h.IsOut && !h.IsConsumed) is { } owner)
        {
            return new ParamMarshalling { After = [Leases.Call(owner.Object, owner.IsNullable, attach, cookie)] };
        }

        return new ParamMarshalling
        {
            Notes = [new PlanNote(SafeDiagnosticIds.ForeverWithoutOwner, $"the forever callback '{site.CName}' has no handle to live with; its registration is kept for the whole process", DiagnosticSeverity.Warning)],
        };
    }
}
