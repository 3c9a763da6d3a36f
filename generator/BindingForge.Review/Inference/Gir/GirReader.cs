using System.Collections.Immutable;
using System.Xml;
using System.Xml.Linq;
using BindingForge.Model;
using BindingForge.Review.Inference.Annotations;

namespace BindingForge.Review.Inference.Gir;

/// <summary>
/// Reads an introspection file (GObject-Introspection's <c>.gir</c> XML, core namespace 1.2) with System.Xml: every
/// <c>function</c>, <c>method</c> and <c>constructor</c> with its <c>c:identifier</c>, the facts of its return value
/// and parameters, each at its element's line. An <c>instance-parameter</c> is the C function's first parameter;
/// <c>length</c>, <c>closure</c> and <c>destroy</c> indexes count the other parameters, as GI counts them.
/// </summary>
internal static class GirReader
{
    private static readonly XNamespace Core = "http://www.gtk.org/introspection/core/1.0";
    private static readonly XNamespace C = "http://www.gtk.org/introspection/c/1.0";
    private static readonly XNamespace Glib = "http://www.gtk.org/introspection/glib/1.0";

    /// <summary>Reads <paramref name="path"/>; null with a message when it is not a readable .gir.</summary>
    public static (GirFile? File, string? Error) Read(string path)
    {
        XDocument document;
        try
        {
            using var stream = File.OpenRead(path);
            using var xml = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException)
        {
            return (null, e.Message);
        }

        if (document.Root?.Element(Core + "namespace") is not { } ns)
            return (null, "no <namespace> element: not an introspection (.gir) file");
        var functions = ns.Descendants().Where(e => e.Name == Core + "function" || e.Name == Core + "method" || e.Name == Core + "constructor")
            .Select(e => Function(path, e)).OfType<GiFunction>();
        var shared = ((string?)ns.Attribute("shared-library") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (new GirFile(path, (string?)ns.Attribute("name") ?? string.Empty, (string?)ns.Attribute("version") ?? string.Empty, [.. shared], [.. functions])
        {
            Types = [.. ns.Elements().Select(Type).OfType<GirType>()],
        }, null);
    }

    private static GirType? Type(XElement element)
    {
        var kind = element.Name.LocalName;
        if (kind is not ("class" or "interface" or "record") || (string?)element.Attribute(C + "type") is not { } ctype)
            return null;
        var unref = (string?)element.Attribute(Glib + "unref-func") ?? (string?)element.Attribute("free-function");
        var @ref = (string?)element.Attribute(Glib + "ref-func") ?? (string?)element.Attribute("copy-function");
        return new GirType(ctype, kind, (string?)element.Attribute("parent"), unref, @ref, Line(element));
    }

    private static GiFunction? Function(string path, XElement element)
    {
        if ((string?)element.Attribute(C + "identifier") is not { Length: > 0 } symbol)
            return null;
        var parameters = element.Element(Core + "parameters");
        var instance = parameters?.Element(Core + "instance-parameter");
        var listed = parameters?.Elements(Core + "parameter").ToList() ?? [];
        var shift = instance is null ? 0 : 1;
        var names = listed.Select(p => (string?)p.Attribute("name") ?? string.Empty).ToList();
        var targets = ImmutableArray.CreateBuilder<GiTarget>();
        if (element.Element(Core + "return-value") is { } returns)
            targets.Add(Target(path, returns, null, -1, names, shift));
        if (instance is not null)
            targets.Add(Target(path, instance, (string?)instance.Attribute("name"), 0, names, shift));
        for (var i = 0; i < listed.Count; i++)
            targets.Add(Target(path, listed[i], names[i], i + shift, names, shift));
        var throws = (string?)element.Attribute("throws") == "1";
        return new GiFunction(symbol, new SourceLocation(path, Line(element), 1), GiOrigin.Gir, targets.ToImmutable())
        {
            Arity = listed.Count + shift + (throws ? 1 : 0),
            Throws = throws,
            Skipped = (string?)element.Attribute("introspectable") == "0" || (string?)element.Attribute("shadowed-by") is not null,
        };
    }

    private static GiTarget Target(string path, XElement element, string? name, int index, List<string> names, int shift)
    {
        var array = element.Element(Core + "array");
        var type = element.Element(Core + "type");
        var spelled = Spelling(element, array);
        var direction = (string?)element.Attribute("direction");
        var nullable = (string?)element.Attribute("nullable") == "1" || ((string?)element.Attribute("allow-none") == "1" && direction is null or "in");
        return new GiTarget(name, index, new SourceLocation(path, Line(element), Column(element)), spelled)
        {
            Transfer = (string?)element.Attribute("transfer-ownership"),
            Nullable = nullable ? true : null,
            Optional = (string?)element.Attribute("optional") == "1" || ((string?)element.Attribute("allow-none") == "1" && direction is "out"),
            Direction = direction,
            CallerAllocates = (string?)element.Attribute("caller-allocates") == "1",
            IsArray = array is not null,
            Length = array is null ? null : Named((string?)array.Attribute("length"), names),
            ZeroTerminated = (string?)array?.Attribute("zero-terminated") == "1",
            FixedSize = int.TryParse((string?)array?.Attribute("fixed-size"), out var size) ? size : null,
            Scope = (string?)element.Attribute("scope"),
            Closure = Named((string?)element.Attribute("closure"), names),
            Destroy = Named((string?)element.Attribute("destroy"), names),
            ElementType = (string?)(array ?? type)?.Element(Core + "type")?.Attribute("name"),
            ElementCType = (string?)(array ?? type)?.Element(Core + "type")?.Attribute(C + "type"),
            TypeName = (string?)type?.Attribute("name") ?? (array is null ? null : "array"),
        };
    }

    /// <summary>A GI parameter index (counting the listed parameters, not the instance) as that parameter's name.</summary>
    private static string? Named(string? index, List<string> names) =>
        int.TryParse(index, out var i) && i >= 0 && i < names.Count ? names[i] : null;

    /// <summary>The attributes that state facts, as the file spells them, for a draft's <c>source</c>.</summary>
    private static string Spelling(XElement element, XElement? array)
    {
        string[] keys = ["direction", "caller-allocates", "transfer-ownership", "nullable", "allow-none", "optional", "scope", "closure", "destroy"];
        var parts = keys.Where(k => element.Attribute(k) is not null).Select(k => $"{k}=\"{(string?)element.Attribute(k)}\"").ToList();
        if (array is not null)
            parts.Add("<array" + string.Concat(new[] { "length", "zero-terminated", "fixed-size" }.Where(k => array.Attribute(k) is not null).Select(k => $" {k}=\"{(string?)array.Attribute(k)}\"")) + ">");
        return string.Join(' ', parts);
    }

    private static int Line(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    private static int Column(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LinePosition : 0;
}
