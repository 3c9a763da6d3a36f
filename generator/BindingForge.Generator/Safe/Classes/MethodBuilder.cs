using BindingForge.Model.Diagnostics;
using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// Plans and emits the safe method of one function into its class: the <c>string</c> overload, plus a
/// <c>ReadOnlySpan&lt;byte&gt;</c> overload when it takes UTF-8 text (the string one then carries
/// <c>[OverloadResolutionPriority(1)]</c>, so a <c>null</c> argument still picks it), plus a zero-copy
/// <c>...Utf8</c> accessor when it returns borrowed text of known length. A function no strategy can
/// bind is reported (BF3501/BF3502) and stays thin-only.
/// </summary>
internal sealed class MethodBuilder(SafeContext context)
{
    private readonly List<string> _uncovered = [];

    /// <summary>"name: reason" for every function left thin-only, in header order.</summary>
    public IReadOnlyList<string> Uncovered => _uncovered;

    /// <summary>Adds the method(s) to <paramref name="members"/>; false when the function is not covered.</summary>
    public bool Add(BoundFunction function, Placement placement, ClassMembers members, bool listed, string? name = null,
        IParamStrategy? first = null, Action<CallPlan>? adjust = null)
    {
        var site = new FunctionSite(context, function, placement, utf8Spans: false);
        var (plan, failure) = MethodPlanner.Plan(site, first);
        if (plan is null)
        {
            Report(function, failure!, listed);
            return false;
        }

        adjust?.Invoke(plan);
        var hasSpanOverload = function.Parameters.Any(StringIn.IsText);
        var spanSite = new FunctionSite(context, function, placement, utf8Spans: true);
        var spanPlan = hasSpanOverload ? MethodPlanner.Plan(spanSite, first).Plan : null;
        if (spanPlan is not null)
            adjust?.Invoke(spanPlan);
        string[] signatures = [.. new[] { plan, spanPlan }.OfType<CallPlan>().Select(Signature)];
        var methodName = members.Names.ClaimMethod(name ?? function.Name ?? context.Names.Method(function.CName, placement.OwnerCType),
            function.CName, signatures, function.Provenance.Location, context.Diagnostics);
        if (methodName is null)
        {
            _uncovered.Add($"{function.CName}: its method name is taken (BF3510)");
            return false;
        }

        string[] attributes = hasSpanOverload ? ["[OverloadResolutionPriority(1)]"] : [];
        members.Methods.Add(MethodEmitter.Emit(site, plan, methodName, attributes));
        ReportNotes(function, plan);
        AddTextView(function, placement, members, methodName, first, adjust);
        if (spanPlan is not null)
            members.Methods.Add(MethodEmitter.Emit(spanSite, spanPlan, methodName, []));
        return true;
    }

    /// <summary>The parameter types callers pass, in order: what tells overloads apart (<c>int, string?</c>).</summary>
    private static string Signature(CallPlan plan) =>
        string.Join(", ", plan.Parameters.Where(p => !p.IsOutValue).OrderBy(p => p.Position).Select(p => (p.Modifier.Length > 0 ? p.Modifier + " " : "") + p.Type.TrimEnd('?')));

    /// <summary>The zero-copy <c>...Utf8</c> accessor beside a method that copies borrowed text (<see cref="BorrowedTextView"/>).</summary>
    private void AddTextView(BoundFunction function, Placement placement, ClassMembers members, string methodName,
        IParamStrategy? first, Action<CallPlan>? adjust)
    {
        if (!BorrowedTextView.Offers(function))
            return;
        // The view's summary points at the copying method instead of repeating the header's whole comment.
        var summary = $"The text {methodName} returns, as its UTF-8 bytes without a copy.";
        var doc = function.Decl.Doc is { } header ? header with { Summary = summary } : new Documentation(summary);
        var viewFunction = function with { Decl = function.Decl with { Doc = doc } };
        var viewSite = new FunctionSite(context, viewFunction, placement, utf8Spans: false, textView: true);
        var (viewPlan, _) = MethodPlanner.Plan(viewSite, first);
        if (viewPlan is null)
            return;
        adjust?.Invoke(viewPlan);
        var viewName = members.Names.Claim(methodName + "Utf8", function.CName, function.Provenance.Location, context.Diagnostics);
        members.Methods.Add(MethodEmitter.Emit(viewSite, viewPlan, viewName, []));
    }

    private void Report(BoundFunction function, StrategyFailure failure, bool listed)
    {
        _uncovered.Add($"{function.CName}: {failure.Reason}");
        var message = $"'{function.CName}' stays thin-only in the safe style: {failure.Reason}";
        var location = listed ? function.Provenance.Location : function.Decl.Location;
        if (listed || failure.Id == SafeDiagnosticIds.OwnershipNotSupported)
            context.Diagnostics.Warning(failure.Id, message, location);
        else
            context.Diagnostics.Info(failure.Id, message, location);
    }

    private void ReportNotes(BoundFunction function, CallPlan plan)
    {
        foreach (var note in plan.Notes.Distinct())
            context.Diagnostics.Add(new Diagnostic(note.Id, note.Severity, $"'{function.CName}': {note.Message}", function.Provenance.Location));
    }
}
