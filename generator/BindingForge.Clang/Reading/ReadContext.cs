using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Clang.Reading;

/// <summary>What every declaration reader of one translation unit shares.</summary>
internal sealed class ReadContext
{
    public ReadContext(TranslationUnit tu, NamedHeaders headers, DiagnosticBag diagnostics)
    {
        Tu = tu;
        Headers = headers;
        Diagnostics = diagnostics;
        Names = new DeclarationNames(headers);
        Types = new TypeMapper(headers, Names);
        Docs = new DocComments(headers, diagnostics);
        Attributes = new AttributeReader(tu);
    }

    public TranslationUnit Tu { get; }

    public NamedHeaders Headers { get; }

    public DiagnosticBag Diagnostics { get; }

    public DeclarationNames Names { get; }

    public TypeMapper Types { get; }

    public DocComments Docs { get; }

    public AttributeReader Attributes { get; }

    /// <summary>Functions a contract gives a <c>signature:</c>: their missing prototype is not worth a note.</summary>
    public IReadOnlySet<string> Signatures { get; init; } = new HashSet<string>();

    public bool HasSignature(string function) => Signatures.Contains(function);

    /// <summary>Reports the unsupported types (BF1008) and unprototyped function types (BF1011) met while reading
    /// <paramref name="declaration"/>, once per reason.</summary>
    public void ReportUnsupported(string declaration, SourceLocation location)
    {
        foreach (var reason in Types.TakeUnsupported())
            Diagnostics.Info(ClangDiagnosticIds.UnsupportedType, $"{declaration}: {reason}; the model marks it unsupported.", location);
        foreach (var reason in Types.TakeUnprototyped())
            Diagnostics.Info(ClangDiagnosticIds.Unprototyped, $"{declaration}: {reason} (as C23 reads `()`); if it takes arguments, declare its prototype.", location);
    }
}
