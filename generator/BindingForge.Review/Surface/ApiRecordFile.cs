using BindingForge.Contracts;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Surface;

/// <summary>
/// Where a contract's API record lives and how it is read and written: next to the contract, named after it
/// (<c>contracts/sqlite3.yaml</c> → <c>contracts/sqlite3.api.txt</c>). Writing goes through a temporary file in the
/// same folder that replaces the record in one move, so a failed run never leaves half a record.
/// </summary>
public static class ApiRecordFile
{
    /// <summary>The extension that replaces the contract's <c>.yaml</c>/<c>.yml</c>.</summary>
    public const string Extension = ".api.txt";

    /// <summary>The record path of a contract path (as given; relative stays relative).</summary>
    public static string PathFor(string contractPath)
    {
        var extension = Path.GetExtension(contractPath);
        var stem = extension is ".yaml" or ".yml" ? contractPath[..^extension.Length] : contractPath;
        return stem + Extension;
    }

    /// <summary>The record's text, or null when there is none (or it cannot be read: then with a diagnostic).</summary>
    public static (string? Text, Diagnostic? Problem) TryRead(string path)
    {
        if (!File.Exists(path))
            return (null, null);
        try
        {
            return (File.ReadAllText(path), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new Diagnostic(ContractDiagnosticIds.ApiRecordUnreadable, DiagnosticSeverity.Warning, $"the API record cannot be read: {e.Message}", new SourceLocation(path, 1, 1)));
        }
    }

    /// <summary>Writes <paramref name="record"/> to <paramref name="path"/> atomically; an info when written or already current, an error when it cannot be.</summary>
    public static Diagnostic Write(string path, ApiRecord record)
    {
        var text = record.Text;
        var at = new SourceLocation(path, 1, 1);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            if (File.Exists(path) && File.ReadAllText(path) == text)
                return new Diagnostic(ContractDiagnosticIds.ApiRecordWritten, DiagnosticSeverity.Info, $"the API record is current ({record.Lines.Length} items)", at);
            File.WriteAllText(temporary, text);
            File.Move(temporary, path, overwrite: true);
            return new Diagnostic(ContractDiagnosticIds.ApiRecordWritten, DiagnosticSeverity.Info, $"wrote the API record ({record.Lines.Length} items)", at);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Discard(temporary);
            return new Diagnostic(ContractDiagnosticIds.ApiRecordNotWritten, DiagnosticSeverity.Error, $"the API record cannot be written: {e.Message}", at);
        }
    }

    private static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // nothing was written, or the folder is gone: nothing to clean
        }
    }
}
