using System.Text;
using BindingForge.Contracts.Capture;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts;

/// <summary>
/// Loads a contract file into a <see cref="Syntax.ContractDocument"/>: text checks, YAML parse, then capture into
/// records that keep every key's and value's location and add no defaults. Never throws for bad input.
/// </summary>
public static class ContractLoader
{
    /// <summary>Loads the contract at <paramref name="path"/>; the path is used as given in every location.</summary>
    public static ContractLoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.Length > TextGuard.MaxBytes)
                return new ContractLoadResult(null, [TextGuard.TooLarge(info.Length, path)]);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            var diagnostic = new Diagnostic(ContractDiagnosticIds.Unreadable, DiagnosticSeverity.Error,
                $"cannot read the contract: {e.Message}", new SourceLocation(path, 1, 1));
            return new ContractLoadResult(null, [diagnostic]);
        }

        return LoadBytes(bytes, path);
    }

    /// <summary>Loads a contract from its bytes (UTF-8, an optional BOM).</summary>
    public static ContractLoadResult LoadBytes(ReadOnlySpan<byte> bytes, string path)
    {
        var diagnostics = new DiagnosticBag();
        var text = TextGuard.Decode(bytes, path, diagnostics);
        return text is null ? new ContractLoadResult(null, diagnostics.ToImmutable()) : Capture(text, path, diagnostics);
    }

    /// <summary>Loads a contract from text; <paramref name="path"/> names it in locations.</summary>
    public static ContractLoadResult LoadText(string text, string path = "contract.yaml") =>
        LoadBytes(Encoding.UTF8.GetBytes(text), path);

    private static ContractLoadResult Capture(string text, string path, DiagnosticBag diagnostics)
    {
        var root = YamlTreeReader.Read(text, path, diagnostics);
        if (root is null)
            return new ContractLoadResult(null, diagnostics.ToImmutable());
        var document = DocumentReader.Read(root, path, new CaptureContext(diagnostics));
        return new ContractLoadResult(document, diagnostics.ToImmutable());
    }
}
