using System.Text;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Contracts.Yaml;

/// <summary>
/// Turns a contract file's bytes into text, or explains in one diagnostic why they are not a contract:
/// too large, empty, NUL bytes (binary or UTF-16), or invalid UTF-8. Runs before the YAML parser sees anything.
/// </summary>
internal static class TextGuard
{
    /// <summary>Largest contract accepted. Real contracts are tens of kilobytes.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Decode(ReadOnlySpan<byte> bytes, string path, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(TooLarge(bytes.Length, path));
            return null;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(ContractDiagnosticIds.NotText,
                "the contract contains a NUL byte; it is binary or not UTF-8 text (contracts are UTF-8 YAML)", At(bytes, nul, path));
            return null;
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, bytes.Length);
            diagnostics.Error(ContractDiagnosticIds.NotText,
                "the contract is not valid UTF-8 text (contracts are UTF-8 YAML)", At(bytes, index, path));
            return null;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(ContractDiagnosticIds.Empty,
                "the contract is empty; it needs at least a `library:` section", new SourceLocation(path, 1, 1));
            return null;
        }

        return text;
    }

    public static Diagnostic TooLarge(long length, string path) => new(ContractDiagnosticIds.TooLarge, DiagnosticSeverity.Error,
        $"the contract is {length} bytes; contracts are limited to {MaxBytes} bytes", new SourceLocation(path, 1, 1));

    /// <summary>Line and column (in characters of the valid prefix) of a byte offset.</summary>
    private static SourceLocation At(ReadOnlySpan<byte> bytes, int index, string path)
    {
        var prefix = bytes[..index];
        var line = 1 + prefix.Count((byte)'\n');
        var lineStart = prefix.LastIndexOf((byte)'\n') + 1;
        var column = 1 + Encoding.UTF8.GetCharCount(prefix[lineStart..]);
        return new SourceLocation(path, line, column);
    }
}
