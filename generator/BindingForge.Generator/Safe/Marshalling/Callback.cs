using BindingForge.Model.Diagnostics;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// <c>callback: { scope, user_data, destroy }</c>: a managed delegate, registered for native code under a GCHandle
/// (<c>CallbackCookie</c>) whose value is the user data, and called through a trampoline (<see cref="CallbackTypes"/>).
/// The registration lives as the scope says: <c>call</c> until the call returns (<c>using</c>), <c>async</c> until
/// the trampoline's first invocation, <c>notified</c> until the library runs the destroy function it is given,
/// <c>forever</c> until the owning handle is released (<c>AttachCallback</c>). An exception thrown by the delegate is
/// rethrown after the native call returns.
/// <code>
/// using var __callbackCookie = callback is null ? default : CallbackCookie.Alloc(callback, CallbackScope.Call);
/// delegate* unmanaged[Cdecl]&lt;...&gt; __callbackFn = callback is null ? null : &amp;Sqlite3Callbacks.InvokeExecCallback;
/// ... Sqlite3Native.sqlite3_exec(..., __callbackFn, (void*)__callbackCookie.UserData, ...);
/// CallbackExceptionSlot.ThrowIfCaptured();
/// </code>
/// A callback without <c>user_data</c> cannot find its delegate: it is a raw function pointer parameter (BF3505).
/// </summary>
internal sealed class Callback : IParamStrategy
{
    public StrategyFailure? Contribute(ParamSite site, CallPlanBuilder plan)
    {
        var fact = site.Param.Callback!;
        if (!site.Thin.IsFunctionPointer || site.Thin.Name == "void*")
            return StrategyFailure.Uncovered($"the callback '{site.CName}' has a signature the thin layer could not express");
        if (fact.UserDataParameter is not { } userData)
            return RawFunctionPointer(site, plan);
        if (site.Context.Callbacks.Get(site, fact, once: fact.Scope == CallbackScope.Async) is not { } type)
            return StrategyFailure.Uncovered($"the callback '{site.CName}' has a signature the safe style cannot bridge (cdecl, a pointer user-data argument)");

        var nullable = site.Param.Nullable;
        plan.Parameters.Add(new SafeParameter(nullable ? type.DelegateName + "?" : type.DelegateName, site.Name, site.CName) { CanDefaultToNull = nullable });
        if (!nullable)
        {
            plan.Checks.Add($"ArgumentNullException.ThrowIfNull({site.Name});");
            plan.Throws.Add(("ArgumentNullException", $"<paramref name=\"{SafeNames.Bare(site.Name)}\"/> is null."));
        }

        var cookie = Register(site, plan, fact.Scope);
        var trampoline = $"&{site.Context.CallbacksClass}.{(fact.Scope == CallbackScope.Async ? type.InvokeOnce : type.Invoke)}";
        if (nullable)
        {
            plan.Setup.Add($"{site.Thin.Name} {site.Local("Fn")} = {site.Name} is null ? null : {trampoline};");
            trampoline = site.Local("Fn");
        }

        plan.Arguments[site.Index] = trampoline;
        var userDataType = site.Context.Thin.Map(site.Function.Function.Parameters[userData].Decl.Type).Name;
        plan.Arguments[userData] = Conversions.Cast($"(void*){cookie}.UserData", "void*", userDataType);
        plan.HasCallbacks = true;
        return fact.DestroyParameter is { } destroy ? Destroy(site, plan, destroy) : null;
    }

    /// <summary>No user data: the caller passes an <c>[UnmanagedCallersOnly]</c> method's address itself.</summary>
    private static StrategyFailure? RawFunctionPointer(ParamSite site, CallPlanBuilder plan)
    {
        plan.Parameters.Add(new SafeParameter(site.Thin.Name, site.Name, site.CName));
        plan.Arguments[site.Index] = site.Name;
        plan.Notes.Add(new PlanNote(SafeDiagnosticIds.RawCallback,
            $"callback '{site.CName}' has no user_data, so it is a raw function pointer (an [UnmanagedCallersOnly] method's address), not a delegate",
            DiagnosticSeverity.Info));
        return null;
    }

    /// <summary>The registration, freed as the scope says; returns its local.</summary>
    private static string Register(ParamSite site, CallPlanBuilder plan, CallbackScope scope)
    {
        var cookie = site.Local("Cookie");
        var alloc = $"CallbackCookie.Alloc({site.Name}, CallbackScope.{scope})";
        if (site.Param.Nullable)
            alloc = $"{site.Name} is null ? default : {alloc}";
        plan.Setup.Add(scope == CallbackScope.Call ? SetupStep.Acquire(cookie, alloc) : $"var {cookie} = {alloc};");
        if (scope is CallbackScope.Async or CallbackScope.Forever)
            plan.OnNativeError.Add($"{cookie}.Free();");
        if (scope == CallbackScope.Forever)
            Attach(site, plan, cookie);
        return cookie;
    }

    /// <summary>The destroy notification of a <c>notified</c> callback: the runtime's, which frees the registration.</summary>
    private static StrategyFailure? Destroy(ParamSite site, CallPlanBuilder plan, int destroy)
    {
        var destroyType = site.Context.Thin.Map(site.Function.Function.Parameters[destroy].Decl.Type).Name;
        if (destroyType != "delegate* unmanaged[Cdecl]<void*, void>")
            return StrategyFailure.Uncovered($"the destroy parameter of '{site.CName}' is '{destroyType}', not void (*)(void *)");
        var notify = $"({destroyType})CallbackRegistry.DestroyNotify";
        plan.Arguments[destroy] = site.Param.Nullable ? $"{site.Name} is null ? null : {notify}" : notify;
        return null;
    }

    /// <summary>A forever callback lives until its handle is released: the call's first handle keeps it.</summary>
    private static void Attach(ParamSite site, CallPlanBuilder plan, string cookie)
    {
        if (plan.Handles.FirstOrDefault(h => !h.IsOut && !h.IsConsumed) is { } owner)
        {
            plan.After.Add(owner.Object == "this" ? $"AttachCallback({cookie});" : $"{owner.Object}{(owner.IsNullable ? "?" : "")}.AttachCallback({cookie});");
            return;
        }

        plan.Notes.Add(new PlanNote(SafeDiagnosticIds.ForeverWithoutOwner, $"the forever callback '{site.CName}' has no handle to live with; its registration is kept for the whole process", DiagnosticSeverity.Warning));
    }
}
