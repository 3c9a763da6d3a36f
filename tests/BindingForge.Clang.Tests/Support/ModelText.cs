using System.Text;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Support;

/// <summary>A full text dump of a model, to compare two reads for equality.</summary>
internal static class ModelText
{
    public static string Of(HeaderModel model)
    {
        var text = new StringBuilder();
        foreach (var f in model.Functions)
        {
            text.AppendLine($"fn {f.Name} {f.Location} {Type(f.ReturnType)} {f.IsVariadic} {f.CallingConvention} [{string.Join(";", f.Attributes)}] {Doc(f.Doc)}");
            foreach (var p in f.Parameters)
                text.AppendLine($"  param {p.Name} {p.IsNameSynthesized} {Type(p.Type)}");
        }
        foreach (var r in model.Records)
        {
            text.AppendLine($"record {r.Kind} {r.Name} {r.Location} {r.IsComplete} {r.Size} {r.Alignment} {r.IsAnonymous} {r.TypedefName} {Doc(r.Doc)}");
            foreach (var field in r.Fields)
                text.AppendLine($"  field {field.Name} {Type(field.Type)} {field.OffsetBits} {field.BitWidth} {field.IsAnonymousMember} {Doc(field.Doc)}");
        }
        foreach (var e in model.Enums)
            text.AppendLine($"enum {e.Name} {e.Location} {e.UnderlyingType} {e.IsAnonymous} {e.TypedefName} {string.Join(",", e.Members.Select(m => $"{m.Name}={m.Value}"))}");
        foreach (var t in model.Typedefs)
            text.AppendLine($"typedef {t.Name} {t.Location} {Type(t.Underlying)} {Doc(t.Doc)}");
        foreach (var c in model.Constants)
            text.AppendLine($"const {c.Name} {c.Location} {Value(c.Value)} {Doc(c.Doc)}");
        return text.ToString();
    }

    public static string Type(CType type) => type switch
    {
        PointerType p => $"ptr<{Type(p.Pointee)}>{p.Nullability}",
        ArrayType a => $"array<{Type(a.Element)},{a.Length}>",
        FunctionType fn => $"fn<{Type(fn.ReturnType)}({string.Join(",", fn.Parameters.Select(Type))}){fn.IsVariadic}{fn.CallingConvention}>",
        _ => type.ToString(),
    } + (type.IsConst ? " const" : string.Empty);

    private static string Value(ConstantValue value) => value switch
    {
        StringConstant s => "\"" + Encoding.UTF8.GetString(s.Utf8.AsSpan()) + "\"",
        PointerConstant p => $"pointer {p.Value} {Type(p.PointerType)}",
        _ => value.ToString(),
    };

    private static string Doc(Documentation? doc) =>
        doc is null ? "-" : $"{doc.Text.Length}:{doc.Summary.Length}:{string.Join(",", doc.Params.Keys)}:{doc.Returns}";
}
