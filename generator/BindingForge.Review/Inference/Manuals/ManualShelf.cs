using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Review.Inference.Manuals;

/// <summary>
/// Finds and reads the section-3 manual pages of a library's functions the way <c>man -w 3 NAME</c> does, without
/// running it: under each manual folder (<c>/usr/share/man</c>), <c>man3/NAME.3*</c>, plain or gzip'd, following a
/// page that only says <c>.so man3/other.3</c>. The library's own overview page (<c>libmagic.3</c>, <c>popt.3</c>)
/// is read too, for libraries that document every function on one page. Each file is read once.
/// </summary>
internal sealed class ManualShelf
{
    private const int MaxPageBytes = 4 << 20;
    private readonly ImmutableArray<string> _folders;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<string, ManualPage?> _byFile = new(StringComparer.Ordinal);

    public ManualShelf(ImmutableArray<string> folders, DiagnosticBag diagnostics)
    {
        _folders = [.. folders.Where(Directory.Exists)];
        _diagnostics = diagnostics;
    }

    /// <summary>The manual folders the system's <c>man</c> searches: <c>MANPATH</c>'s, else Debian's defaults.</summary>
    public static ImmutableArray<string> SystemFolders(Func<string, string?> environment)
    {
        var manpath = environment("MANPATH");
        var listed = string.IsNullOrEmpty(manpath) ? [] : manpath.Split(':', StringSplitOptions.RemoveEmptyEntries);
        return [.. listed.Concat(["/usr/local/share/man", "/usr/share/man"]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Every distinct page of the functions, and of the library itself, in the order first found.</summary>
    public ImmutableArray<ManualPage> PagesFor(IEnumerable<string> functions, string library)
    {
        var pages = new List<ManualPage>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = functions.Concat([library, "lib" + library]).Distinct(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (Find(name) is { } page && seen.Add(page.File))
                pages.Add(page);
        }

        return [.. pages];
    }

    private ManualPage? Find(string name)
    {
        foreach (var folder in _folders)
        {
            var section = Path.Combine(folder, "man3");
            if (!Directory.Exists(section))
                continue;
            var file = Directory.EnumerateFiles(section, name + ".3*").Order(StringComparer.Ordinal).FirstOrDefault(f => IsPageOf(f, name));
            if (file is not null)
                return Read(file, folder, name, depth: 0);
        }

        return null;
    }

    /// <summary><c>cap_init.3.gz</c>, <c>pcap_open_live.3pcap.gz</c>: the name, section 3 with any suffix, maybe gzip'd.</summary>
    private static bool IsPageOf(string file, string name)
    {
        var rest = Path.GetFileName(file)[name.Length..];
        if (rest.EndsWith(".gz", StringComparison.Ordinal))
            rest = rest[..^3];
        return rest.StartsWith(".3", StringComparison.Ordinal) && !rest[2..].Contains('.', StringComparison.Ordinal);
    }

    private ManualPage? Read(string file, string folder, string name, int depth)
    {
        var full = Path.GetFullPath(file);
        if (_byFile.TryGetValue(full, out var known))
            return known;
        var source = Source(full);
        ManualPage? page = null;
        if (source is not null && RoffText.Redirect(source) is { } target && depth < 3)
        {
            var next = Path.Combine(folder, target);
            page = File.Exists(next) ? Read(next, folder, name, depth + 1)
                : File.Exists(next + ".gz") ? Read(next + ".gz", folder, name, depth + 1) : null;
        }
        else if (source is not null)
        {
            var (names, sections) = RoffText.Parse(source);
            var title = Path.GetFileName(full).Split(".3")[0] + "(3)";
            page = new ManualPage(title, full, names.IsEmpty ? [name] : names, sections);
        }

        _byFile[full] = page;
        return page;
    }

    private string? Source(string file)
    {
        try
        {
            using var stream = File.OpenRead(file);
            using var input = file.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : (Stream)stream;
            using var limited = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer)) > 0)
            {
                if (limited.Length + read > MaxPageBytes)
                    throw new InvalidDataException($"longer than {MaxPageBytes >> 20} MiB");
                limited.Write(buffer, 0, read);
            }

            return Encoding.UTF8.GetString(limited.ToArray());
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            _diagnostics.Warning(Contracts.ContractDiagnosticIds.ManualPageUnreadable, $"manual page not read: {e.Message}", new SourceLocation(file, 1, 1));
            return null;
        }
    }
}
