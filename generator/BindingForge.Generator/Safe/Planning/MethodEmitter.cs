using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Generator.Safe.Rendering;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// Lays a <see cref="CallPlan"/> out as a method, stage by stage, in the one order every safe method shares:
/// <code>
/// public string? Sql()
/// {
///     using var __arg0 = EnterExclusive();                            // checks, setup, marshal
///     byte* __result = Sqlite3Native.sqlite3_sql((sqlite3_stmt*)__arg0.Pointer);
///     string? __text = Utf8Marshal.FromUtf8((byte*)__result);         // take
///     return __text;
/// }
/// </code>
/// A method whose call takes nothing afterwards has the straight shape of <see cref="IsStraight"/> instead: no
/// <c>using</c>, releases right after the call.
/// The single value a call hands back becomes the return value when the C result is void or consumed; several, or
/// one next to a C result worth returning, become a named tuple (<see cref="ReturnTuple"/>), so a safe method
/// never has an <c>out</c> parameter.
/// The result is a <see cref="MethodRender"/> whose body is a tree of statements: this class decides the order of
/// the stages and which of them open a block (the pins, the failure branch, the callback rethrow); the template
/// (<c>safe/Members.sbn-cs</c>) writes the braces and the indentation. The plan is only read.
/// </summary>
internal static class MethodEmitter
{
    public static MethodRender Emit(FunctionSite site, CallPlan plan, string name, IEnumerable<string> attributes)
    {
        var inputs = plan.Parameters.Where(p => !p.IsOutValue).OrderBy(p => p.Position).ToList();
        var outs = plan.Parameters.Where(p => p.IsOutValue).OrderBy(p => p.Position).ToList();
        var promoted = plan.ReturnType is null && outs.Count == 1 ? outs[0] : null;
        var (returnType, returnExpression, returnsNativeResult) = (plan.ReturnType, plan.ReturnExpression, plan.ReturnsNativeResult);
        if (promoted is null && returnType is null && plan.CodeReturn is { } code)
            (returnType, returnExpression, returnsNativeResult) = (code.Type, code.Expression, true);
        string? returnsDoc;
        if (promoted is not null)
            (returnType, returnExpression, returnsDoc) = (promoted.Type, promoted.OutExpression, DocOf(site, promoted));
        else if (outs.Count > 0)
        {
            var result = returnType is null ? ((string, string, string?)?)null : (returnType, returnExpression!, returnsNativeResult ? site.Function.Decl.Doc?.Returns : null);
            (returnType, returnExpression, returnsDoc) = ReturnTuple.Of(result, outs, value => DocOf(site, value));
        }
        else
        {
            returnsDoc = returnsNativeResult ? site.Function.Decl.Doc?.Returns : null;
        }

        var docs = Docs.Method(site.Function.Decl.Doc, inputs, returnsDoc, plan.Throws, plan.Remarks, site.Function.Decl.Name);
        var straight = IsStraight(plan);
        List<string> allAttributes = [.. attributes];
        if (straight && plan.Pins.Count == 0)
            allAttributes.Add("[MethodImpl(MethodImplOptions.AggressiveInlining)]");
        var modifiers = site.Placement.Kind == MethodKind.Instance ? "public" : "public static";
        var signature = $"{modifiers} {returnType ?? "void"} {name}({ParameterList(inputs)})";
        return new MethodRender(docs, allAttributes, name, signature, Body(site, plan, returnExpression, straight));
    }

    private static string? DocOf(FunctionSite site, SafeParameter value) =>
        value.DocName is { } cName && site.Function.Decl.Doc?.Params.TryGetValue(cName, out var doc) == true ? doc.Text : null;

    /// <summary>Inputs in C order, trailing nullable ones optional.</summary>
    private static string ParameterList(List<SafeParameter> inputs)
    {
        var optionalFrom = inputs.Count;
        while (optionalFrom > 0 && inputs[optionalFrom - 1].CanDefaultToNull)
            optionalFrom--;
        return string.Join(", ", inputs.Select((p, i) => p.Declaration(i >= optionalFrom)));
    }

    /// <summary>The stages in their order; what follows the pins is nested in the block of the last <c>fixed</c>.</summary>
    private static List<StatementRender> Body(FunctionSite site, CallPlan plan, string? returnExpression, bool straight)
    {
        var before = new List<StatementRender>();
        before.AddRange(StatementRender.Lines(plan.Checks));
        before.AddRange(StatementRender.Lines(plan.Setup.Select(step => straight ? step.Code : step.Scoped)));
        before.AddRange(StatementRender.Lines(plan.Marshal));

        var call = $"{site.Context.Thin.Call(site.Function.CName)}({string.Join(", ", plan.Arguments)});";
        var pinned = new List<StatementRender>();
        pinned.AddRange(StatementRender.Lines(plan.PinnedMarshal));
        pinned.Add(plan.ResultType is null ? call : $"{plan.ResultType} __result = {call}");
        if (plan.CapturesErrno)
            pinned.Add("int __errno = Marshal.GetLastPInvokeError();");
        pinned.AddRange(StatementRender.Lines(plan.Take));
        pinned.AddRange(StatementRender.Lines(plan.Invalidations));
        if (straight)
            pinned.AddRange(StraightFailureAndRelease(plan));
        else if (plan.Failure is not null)
            pinned.Add(Failure(plan));
        pinned.AddRange(StatementRender.Lines(plan.Always));
        if (plan.HasCallbacks)
            pinned.Add(RethrowCallbackException(plan));
        pinned.AddRange(StatementRender.Lines(plan.After));
        if (returnExpression is not null)
            pinned.Add($"return {returnExpression};");

        if (plan.Pins.Count == 0)
            return [.. before, .. pinned];
        // Stacked fixed statements share the last one's block.
        return [.. before, .. StatementRender.Lines(plan.Pins.Take(plan.Pins.Count - 1)), StatementRender.Block(plan.Pins[^1], pinned)];
    }

    /// <summary>A callback's exception, captured while native frames ran, rethrown once the call returned; what the call
    /// took is undone first.</summary>
    private static StatementRender RethrowCallbackException(CallPlan plan)
    {
        const string Rethrow = RuntimeNames.CallbackExceptionSlot.ThrowIfCaptured + "();";
        if (plan.OnError.Count == 0)
            return Rethrow;
        return StatementRender.Block($"if ({RuntimeNames.CallbackExceptionSlot.HasCaptured})", [.. StatementRender.Lines(plan.OnError), Rethrow]);
    }

    /// <summary>
    /// True when nothing between taking the first acquisition and releasing the last can throw, short of running
    /// out of memory: at most one acquisition can fail (a lease) and it comes first, no value is computed or
    /// narrowed (checked) between them and the call, and the call takes nothing (no handle to attach, no string to
    /// copy), undoes nothing and runs nothing after it. Such a method releases its leases and buffers right after the
    /// call, in reverse order, with no <c>try/finally</c>, then throws. Without pinned buffers it is also marked
    /// AggressiveInlining: inlined, the P/Invoke frame is set up once per calling method instead of once per call
    /// (sqlite3_reset in a loop: +7.4 ns over the thin call when called, +1.4 ns inlined):
    /// <code>
    /// var __arg0 = EnterExclusive();
    /// int __result = Sqlite3Native.sqlite3_reset((sqlite3_stmt*)__arg0.Pointer);
    /// InvalidateBorrows();
    /// var __error = (long)__result is not (0 or 100 or 101) ? Sqlite3Errors.SqliteRc(...) : null;
    /// __arg0.Dispose();
    /// if (__error is not null)
    ///     NativeCallException.ThrowFailure(__error);
    /// </code>
    /// The exception is built while the leases are held (the library's message may need the handle). Should that
    /// allocation fail, the lease stays taken: the handle refuses further use instead of risking a use after free.
    /// </summary>
    private static bool IsStraight(CallPlan plan)
    {
        if (plan.Take.Count + plan.OnError.Count + plan.OnNativeError.Count + plan.Always.Count + plan.After.Count > 0)
            return false;
        if (plan.Marshal.Count + plan.PinnedMarshal.Count > 0 || plan.Arguments.Any(a => Conversions.MayThrow(a!)))
            return false;
        var acquisitions = plan.Setup.Where(s => s.Acquired is not null).ToList();
        return acquisitions.Skip(1).All(s => !s.MayThrow);
    }

    private static IEnumerable<StatementRender> StraightFailureAndRelease(CallPlan plan)
    {
        if (plan.Failure is not null)
            yield return $"var __error = {plan.Failure} ? {plan.FailureException} : null;";
        if (plan.Failure is not null && plan.Recovery.Count > 0)
            yield return StatementRender.Indented("if (__error is not null)", [.. StatementRender.Lines(plan.Recovery)]);
        foreach (var step in Enumerable.Reverse(plan.Setup))
        {
            if (step.Acquired is { } local)
                yield return $"{local}.Dispose();";
        }

        if (plan.Failure is not null)
            yield return StatementRender.Indented("if (__error is not null)", [$"{RuntimeNames.NativeCallException.ThrowFailure}(__error);"]);
    }

    private static StatementRender Failure(CallPlan plan)
    {
        var body = new List<StatementRender> { $"var __error = {plan.FailureException};" };
        body.AddRange(StatementRender.Lines(plan.Recovery));
        body.AddRange(StatementRender.Lines(plan.OnError));
        body.AddRange(StatementRender.Lines(plan.OnNativeError));
        body.AddRange(StatementRender.Lines(plan.Always));
        if (plan.HasCallbacks)
            body.Add(RuntimeNames.CallbackExceptionSlot.ThrowIfCaptured + "();");
        body.Add("throw __error;");
        return StatementRender.Block($"if ({plan.Failure})", body);
    }
}
