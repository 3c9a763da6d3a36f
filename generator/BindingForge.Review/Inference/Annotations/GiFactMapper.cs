using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Inference.Rules;

namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// Turns what GObject-Introspection states about one function into claims, by the mapping of docs/inference.md
/// ("Annotations and .gir files"): transfer into ownership (or <c>consumed</c> for an in handle), nullable, out and
/// caller-allocates, inout, optional, arrays with their lengths, callbacks with their scope, user data and destroy.
/// A statement that does not fit the C type (an <c>(out)</c> on a non-pointer) is left out, never bent to fit.
/// </summary>
internal sealed class GiFactMapper(InferenceContext context, ClaimBoard claims, int strength, string rule)
{
    /// <summary>The GI type names that are text.</summary>
    private static readonly HashSet<string> Text = new(StringComparer.Ordinal) { "utf8" };

    public void Map(FunctionDecl function, GiFunction statement)
    {
        if (statement.Skipped)
            return;
        var callbacks = new Dictionary<int, CallbackFacts>();
        // a length another value names is handed back with that value, never omitted as optional
        var lengths = statement.Targets.Select(t => t.Length).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var target in statement.Targets)
        {
            var source = Source(target);
            if (target.IsReturn)
            {
                Return(function, target, source);
                continue;
            }

            if (IndexOf(function, statement, target) is not { } index)
                continue;
            Param(function, index, target, source, lengths);
            Callback(function, index, target, source, callbacks);
        }

        var destroys = callbacks.Values.Select(c => c.Destroy).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (index, facts) in callbacks)
        {
            // g-ir-scanner gives a destroy notify scope="async" of its own; it is the other callback's destroy, not a callback.
            if (facts.Scope is { } scope && !destroys.Contains(function.Parameters[index].Name))
                claims.Add(Subject.Param(function.Name, function.Parameters[index].Name), Facts.Callback, facts.Yaml(scope), strength, rule, facts.Source);
        }
    }

    /// <summary>The provenance a reviewer follows: <c>gir: Json-1.0.gir:5206 transfer-ownership="full"</c>, or the annotation at its comment line.</summary>
    private static string Source(GiTarget target)
    {
        var where = $"{Path.GetFileName(target.Location.File)}:{target.Location.Line}";
        return target.Location.File.EndsWith(".gir", StringComparison.Ordinal)
            ? $"gir: {where} {target.Spelling}"
            : $"annotation {target.Spelling} at {where}";
    }

    /// <summary>A comment names its parameters; a .gir is matched by position (the header's names may differ).</summary>
    private static int? IndexOf(FunctionDecl function, GiFunction statement, GiTarget target)
    {
        var byName = function.Parameters.ToList().FindIndex(p => p.Name == target.Parameter);
        if (byName >= 0)
            return byName;
        if (statement.Origin == GiOrigin.Gir && statement.Arity == function.Parameters.Length && target.Index < function.Parameters.Length)
            return target.Index;
        return null;
    }

    private void Return(FunctionDecl function, GiTarget target, string source)
    {
        var type = function.ReturnType;
        if (!context.Types.IsDataPointer(type))
            return;
        var subject = Subject.Return(function.Name);
        if (!IsRetyped(type, target) && !IsReferenceFunction(function))
            Ownership(subject, target, source);
        Nullable(subject, target, source);
        if (target.TypeName is { } name && Text.Contains(name) && context.Types.IsCharPointer(type))
            claims.Add(subject, Facts.String, "utf8", strength, rule, source);
    }

    private void Param(FunctionDecl function, int index, GiTarget target, string source, HashSet<string> lengths)
    {
        var parameter = function.Parameters[index];
        var subject = Subject.Param(function.Name, parameter.Name);
        var types = context.Types;
        if (!types.Shape.IsPointer(parameter.Type))
            return;
        if (target.Direction is "out" or "inout")
        {
            Out(parameter, subject, target, source, lengths);
            return;
        }

        Nullable(subject, target, source);
        if (target.Transfer is "full" && types.HandleOfValue(parameter.Type) is not null)
            claims.Add(subject, Facts.Consumed, "true", strength, rule, source);
        if (target.TypeName is { } name && Text.Contains(name) && types.IsCharPointer(parameter.Type))
            claims.Add(subject, Facts.String, "utf8", strength, rule, source);
        if (target.IsArray && types.IsDataPointer(parameter.Type) && !target.ZeroTerminated && target.FixedSize is null)
            Array(function, subject, parameter, target, source, types.PointsToConst(parameter.Type) ? "in" : "inout");
    }

    /// <summary>An out value (<c>T**</c>) is owned or borrowed by its transfer; a pointer to one scalar or struct is caller-allocated storage.</summary>
    private void Out(ParameterDecl parameter, Subject subject, GiTarget target, string source, HashSet<string> lengths)
    {
        var types = context.Types;
        if (target.Optional && !lengths.Contains(parameter.Name))
            claims.Add(subject, Facts.Optional, "true", strength, rule, source);
        if (OwnershipTargets.IsOutValue(types, parameter.Type) && !target.CallerAllocates)
        {
            if (target.IsArray || IsRetyped(types.Pointee(parameter.Type)!, target))
                return;
            Ownership(subject, target, source);
            if (target.TypeName is { } name && Text.Contains(name) && types.Pointee(parameter.Type) is { } value && types.IsCharPointer(value))
                claims.Add(subject, Facts.String, "utf8", strength, rule, source);
            return;
        }

        if (types.Pointee(parameter.Type) is not { } pointee || types.Shape.IsVoid(pointee) || types.IsChar(pointee))
            return;
        if (target.Direction == "inout" && types.Shape.IsScalar(pointee))
            claims.Add(subject, Facts.InOut, "true", strength, rule, source);
        else if (target.Direction == "out" && !types.Shape.IsPointer(pointee))
            claims.Add(subject, Facts.Out, "caller-allocates", strength, rule, source);
    }

    private void Array(FunctionDecl function, Subject subject, ParameterDecl parameter, GiTarget target, string source, string direction)
    {
        if (target.Length is not { } length || !function.Parameters.Any(p => p.Name == length))
            return;
        claims.Add(subject, Facts.Array, direction, strength, rule, source);
        claims.Add(subject, Facts.Length, length, strength, rule, source);
        if (context.Types.IsVoidPointer(parameter.Type) && target.ElementCType is { Length: > 0 } element && element != "gpointer")
            claims.Add(subject, Facts.Element, element.TrimEnd('*', ' '), strength, rule, source);
    }

    /// <summary>
    /// A <c>void *</c> the source says is of another type (<c>(type bfo_object)</c>, a .gir's object type): who frees
    /// it is that type's business (its unref), which no fact of a <c>void *</c> value can say; left for review.
    /// </summary>
    private bool IsRetyped(CType type, GiTarget target) =>
        context.Types.IsVoidPointer(type) && target.TypeName is { } name && name != "gpointer" && name != "gconstpointer";

    /// <summary>
    /// <c>void *f(void *object)</c>: a ref, ref-sink or cast of an object system that hands back its argument. Its
    /// <c>(transfer full)</c> is a new reference of whatever type the argument has, never memory for a deallocator.
    /// </summary>
    private bool IsReferenceFunction(FunctionDecl function) =>
        context.Types.IsVoidPointer(function.ReturnType) && function.Parameters.Length == 1
        && context.Types.IsVoidPointer(function.Parameters[0].Type) && !context.Types.PointsToConst(function.Parameters[0].Type);

    private void Ownership(Subject subject, GiTarget target, string source)
    {
        switch (target.Transfer)
        {
            case "full" or "container" or "floating":
                claims.Add(subject, Facts.Ownership, Facts.Owned, strength, rule, source);
                break;
            case "none":
                claims.Add(subject, Facts.Ownership, Facts.Borrowed, strength, rule, source);
                break;
        }
    }

    /// <summary>
    /// <c>nullable</c> as stated; in a .gir, a value without <c>nullable="1"</c> is not nullable (GI's meaning, which
    /// bindings rely on), so that is a statement too, against prose that guessed otherwise.
    /// </summary>
    private void Nullable(Subject subject, GiTarget target, string source)
    {
        if (target.Nullable is { } nullable)
            claims.Add(subject, Facts.Nullable, nullable ? "true" : "false", strength, rule, source);
        else if (rule == GirRuleName)
            claims.Add(subject, Facts.Nullable, "false", strength, rule, source);
    }

    private const string GirRuleName = "gir";

    /// <summary>
    /// A callback's scope, user data and destroy: stated on the callback (<c>(scope notified) (closure data) (destroy
    /// notify)</c>, or the .gir's indexes), or on the user data (<c>@data: (closure)</c>, naming the callback or not).
    /// </summary>
    private void Callback(FunctionDecl function, int index, GiTarget target, string source, Dictionary<int, CallbackFacts> callbacks)
    {
        var shape = context.Types.Shape;
        var pointers = Enumerable.Range(0, function.Parameters.Length).Where(i => shape.AsFunctionPointer(function.Parameters[i].Type) is not null).ToList();
        if (shape.AsFunctionPointer(function.Parameters[index].Type) is not null)
        {
            var facts = FactsOf(callbacks, index, source);
            facts.Scope ??= target.Scope;
            if (!string.IsNullOrEmpty(target.Closure) && function.Parameters.Any(p => p.Name == target.Closure))
                facts.UserData ??= target.Closure;
            if (!string.IsNullOrEmpty(target.Destroy) && function.Parameters.Any(p => p.Name == target.Destroy))
                facts.Destroy ??= target.Destroy;
            return;
        }

        if (target.Closure is null || !context.Types.IsVoidPointer(function.Parameters[index].Type))
            return;
        var named = pointers.Where(i => target.Closure.Length == 0 || function.Parameters[i].Name == target.Closure).ToList();
        var callbacksOnly = named.Where(i => !IsDestroyNotify(function, i)).ToList();
        if (callbacksOnly.Count == 1)
            FactsOf(callbacks, callbacksOnly[0], source).UserData ??= function.Parameters[index].Name;
    }

    /// <summary>A function pointer another callback names as its destroy, or typed <c>void (*)(void *)</c> next to a callback.</summary>
    private bool IsDestroyNotify(FunctionDecl function, int index) =>
        context.Types.Shape.AsFunctionPointer(function.Parameters[index].Type) is { } pointer
        && pointer.Parameters.Length == 1 && context.Types.IsVoidPointer(pointer.Parameters[0]) && context.Types.Shape.IsVoid(pointer.ReturnType)
        && function.Parameters.Count(p => context.Types.Shape.AsFunctionPointer(p.Type) is not null) > 1;

    private static CallbackFacts FactsOf(Dictionary<int, CallbackFacts> callbacks, int index, string source)
    {
        if (!callbacks.TryGetValue(index, out var facts))
            callbacks[index] = facts = new CallbackFacts(source);
        return facts;
    }

    private sealed class CallbackFacts(string source)
    {
        public string Source { get; } = source;

        public string? Scope { get; set; }

        public string? UserData { get; set; }

        public string? Destroy { get; set; }

        public string Yaml(string scope)
        {
            var parts = new List<string> { $"{CallbackKeys.Scope.Key}: {scope}" };
            if (UserData is not null)
                parts.Add($"{CallbackKeys.UserData.Key}: {UserData}");
            if (Destroy is not null && scope == "notified")
                parts.Add($"{CallbackKeys.Destroy.Key}: {Destroy}");
            return "{ " + string.Join(", ", parts) + " }";
        }
    }
}
