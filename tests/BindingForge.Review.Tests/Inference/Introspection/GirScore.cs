using System.Xml.Linq;
using BindingForge.Contracts.Syntax;
using BindingForge.Model.Header;

namespace BindingForge.Review.Tests.Inference.Introspection;

/// <summary>
/// Scores a draft against a .gir, read here on its own (not through the importer under test): per function the
/// header declares with the .gir's arity, the facts a contract can state and the .gir states explicitly: a pointer
/// return's transfer (owned/borrowed), <c>nullable="1"</c> on a return or an in pointer, an out parameter's kind
/// (caller-allocated storage, or a <c>T**</c> owned/borrowed), <c>optional</c>, an in array's length, a callback's
/// scope. The scanner's defaults are left out (docs/inference.md): the transfer of in parameters, the scope of a
/// destroy notify, <c>void *</c> returns (typed only by the .gir), and <c>GError **</c>.
/// </summary>
internal static class GirScore
{
    private static readonly XNamespace Core = "http://www.gtk.org/introspection/core/1.0";
    private static readonly XNamespace C = "http://www.gtk.org/introspection/c/1.0";

    public sealed record Result(int Stated, int Correct, int Wrong, int Drafted)
    {
        /// <summary>The wrong facts, as <c>function/target fact: drafted (gir says X)</c>, for the report.</summary>
        public List<string> Mistakes { get; } = [];

        public double Recall => Stated == 0 ? 1 : (double)Correct / Stated;

        public double Precision => Correct + Wrong == 0 ? 1 : (double)Correct / (Correct + Wrong);

        public override string ToString() => $"stated {Stated}, drafted {Drafted}, correct {Correct}, wrong {Wrong}: recall {Recall:P1}, precision {Precision:P1}";
    }

    /// <summary>(function, target, fact) → value, from the .gir.</summary>
    public static Dictionary<(string, string, string), string> Stated(string girPath, HeaderModel header)
    {
        var facts = new Dictionary<(string, string, string), string>();
        var ns = XDocument.Load(girPath).Root!.Element(Core + "namespace")!;
        foreach (var element in ns.Descendants().Where(e => e.Name == Core + "function" || e.Name == Core + "method" || e.Name == Core + "constructor"))
        {
            if ((string?)element.Attribute(C + "identifier") is not { } name || header.FindFunction(name) is not { IsVariadic: false } decl)
                continue;
            if ((string?)element.Attribute("introspectable") == "0")
                continue;
            var listed = element.Element(Core + "parameters")?.Elements(Core + "parameter").ToList() ?? [];
            var instance = element.Element(Core + "parameters")?.Element(Core + "instance-parameter");
            var shift = instance is null ? 0 : 1;
            if (listed.Count + shift + ((string?)element.Attribute("throws") == "1" ? 1 : 0) != decl.Parameters.Length)
                continue;
            if (element.Element(Core + "return-value") is { } returns && IsDataPointer(header, decl.ReturnType) && !IsVoidPointer(header, decl.ReturnType))
            {
                if ((string?)returns.Attribute("transfer-ownership") is { } transfer)
                    facts[(name, "return", "ownership")] = transfer == "none" ? "borrowed" : "owned";
                if ((string?)returns.Attribute("nullable") == "1")
                    facts[(name, "return", "nullable")] = "true";
            }

            var destroys = listed.Select(p => (string?)p.Attribute("destroy")).OfType<string>().Select(int.Parse).ToHashSet();
            for (var i = 0; i < listed.Count; i++)
                Param(facts, header, decl, name, listed[i], decl.Parameters[i + shift], destroys.Contains(i), listed);
        }

        return facts;
    }

    private static void Param(Dictionary<(string, string, string), string> facts, HeaderModel header, FunctionDecl decl, string name, XElement p, ParameterDecl c, bool isDestroy, List<XElement> listed)
    {
        var direction = (string?)p.Attribute("direction") ?? "in";
        var key = c.Name;
        var pointee = header.Resolve(c.Type) is PointerType pointer ? header.Resolve(pointer.Pointee) : null;
        if (pointee is null)
            return;
        if (direction == "out")
        {
            if (p.Element(Core + "array") is not null)
                return;
            var isOutValue = pointee is PointerType;
            if (isOutValue && (string?)p.Attribute("caller-allocates") != "1")
            {
                if ((string?)p.Attribute("transfer-ownership") is { } transfer && !IsVoidPointer(header, pointee))
                    facts[(name, key, "out")] = transfer == "none" ? "borrowed" : "owned";
            }
            else if (!isOutValue && pointee is not PrimitiveType { Kind: PrimitiveKind.Void })
            {
                facts[(name, key, "out")] = "caller-allocates";
            }

            if ((string?)p.Attribute("optional") == "1" && facts.ContainsKey((name, key, "out")) && !listed.Any(l => (string?)l.Element(Core + "array")?.Attribute("length") is not null))
                facts[(name, key, "optional")] = "true";
            return;
        }

        if (direction != "in")
            return;
        if ((string?)p.Attribute("nullable") == "1")
            facts[(name, key, "nullable")] = "true";
        if (header.Resolve(pointee) is FunctionType)
        {
            if (!isDestroy && (string?)p.Attribute("scope") is { } scope)
                facts[(name, key, "scope")] = scope;
            return;
        }

        if (p.Element(Core + "array") is { } array && int.TryParse((string?)array.Attribute("length"), out var length) && length < listed.Count)
            facts[(name, key, "length")] = (string)listed[length].Attribute("name")!;
    }

    /// <summary>The same facts, as a draft states them.</summary>
    public static Dictionary<(string, string, string), string> Drafted(ContractDocument draft)
    {
        var facts = new Dictionary<(string, string, string), string>();
        foreach (var function in draft.Functions)
        {
            var name = function.CName.Value;
            if (function.Returns is { } returns)
            {
                if (returns.Owned is { IsStated: true })
                    facts[(name, "return", "ownership")] = "owned";
                else if (returns.Borrowed is { IsStated: true })
                    facts[(name, "return", "ownership")] = "borrowed";
                if (returns.Nullable is { Value: true })
                    facts[(name, "return", "nullable")] = "true";
            }

            foreach (var p in function.Params)
            {
                var key = p.ParamName.Value;
                if (p.Out is { } @out)
                    facts[(name, key, "out")] = @out.Value switch { Model.Contracts.OutKind.Owned => "owned", Model.Contracts.OutKind.Borrowed => "borrowed", _ => "caller-allocates" };
                if (p.Optional is { Value: true })
                    facts[(name, key, "optional")] = "true";
                if (p.Nullable is { Value: true })
                    facts[(name, key, "nullable")] = "true";
                if (p.Length?.Name is { } length)
                    facts[(name, key, "length")] = length.Value;
                if (p.Callback?.Scope is { } scope)
                    facts[(name, key, "scope")] = scope.Value.ToString().ToLowerInvariant();
            }
        }

        return facts;
    }

    /// <summary>Every stated fact the draft matches is correct; a drafted fact the .gir states otherwise, or a nullable it does not state, is wrong.</summary>
    public static Result Score(Dictionary<(string, string, string), string> stated, Dictionary<(string, string, string), string> drafted, HashSet<string> girFunctions)
    {
        int correct = 0, wrong = 0, considered = 0;
        var mistakes = new List<string>();
        foreach (var (key, value) in drafted)
        {
            if (!girFunctions.Contains(key.Item1))
                continue;
            considered++;
            if (stated.TryGetValue(key, out var truth))
            {
                if (truth == value)
                    correct++;
                else
                {
                    wrong++;
                    mistakes.Add($"{key.Item1}/{key.Item2} {key.Item3}: {value} (gir: {truth})");
                }
            }
            else if (key.Item3 == "nullable")
            {
                wrong++; // GI's default is not nullable: a drafted nullable the .gir does not state is wrong
                mistakes.Add($"{key.Item1}/{key.Item2} nullable: {value} (gir: not nullable)");
            }
        }

        var result = new Result(stated.Count, correct, wrong, considered);
        result.Mistakes.AddRange(mistakes);
        return result;
    }

    private static bool IsDataPointer(HeaderModel header, CType type) => header.Resolve(type) is PointerType { Pointee: var p } && header.Resolve(p) is not FunctionType;

    private static bool IsVoidPointer(HeaderModel header, CType type) => header.Resolve(type) is PointerType { Pointee: var p } && header.Resolve(p) is PrimitiveType { Kind: PrimitiveKind.Void };
}
