using System.Runtime.InteropServices;
using BindingForge.Clang.Interop;
using BindingForge.Model;

namespace BindingForge.Clang.Reading;

/// <summary>
/// The headers the user named, as files of one translation unit. Decides what belongs in the model: a declaration
/// whose expansion location is in one of them, or in a header they include from their own folder or below it (a
/// library's API split over <c>curl/curl.h</c>, <c>curl/easy.h</c>, ...), unless that folder is a system include root
/// such as <c>/usr/include</c>, where it would be the C library. Gives their text to the comment scanner.
/// </summary>
internal sealed unsafe class NamedHeaders
{
    private readonly TranslationUnit _tu;
    private readonly CXFile[] _files;
    private readonly Dictionary<nint, int> _indexByHandle = [];
    private readonly Dictionary<nint, bool> _inLibraryFolder = [];
    private readonly string[] _libraryFolders;

    public NamedHeaders(TranslationUnit tu, IReadOnlyList<string> paths)
    {
        _tu = tu;
        Paths = paths;
        _files = [.. paths.Select(FileOf)];
        _libraryFolders = [.. paths.Select(p => Path.GetDirectoryName(Path.GetFullPath(p))!).Where(d => !IsSystemRoot(d)).Distinct(StringComparer.Ordinal)
            .Select(d => d.EndsWith('/') ? d : d + "/")];
    }

    /// <summary>A folder whose headers are the system's, not one library's: <c>/usr/include</c>, its multiarch
    /// folder (<c>/usr/include/x86_64-linux-gnu</c>), <c>/usr/local/include</c>.</summary>
    public static bool IsSystemRoot(string folder)
    {
        var trimmed = folder.TrimEnd('/');
        return trimmed is "/usr/include" or "/usr/local/include" or "" ||
            (Path.GetDirectoryName(trimmed) == "/usr/include" && Path.GetFileName(trimmed).Contains("-linux-", StringComparison.Ordinal));
    }

    /// <summary>Full paths, in the order the user named them.</summary>
    public IReadOnlyList<string> Paths { get; }

    /// <summary>The position of <paramref name="file"/> in <see cref="Paths"/>, or -1 when it is not a named header.</summary>
    public int IndexOf(CXFile file)
    {
        if (file.IsNull)
            return -1;
        if (_indexByHandle.TryGetValue(file.Handle, out var known))
            return known;
        var index = Array.FindIndex(_files, f => !f.IsNull && LibClang.clang_File_isEqual(f, file) != 0);
        _indexByHandle[file.Handle] = index;
        return index;
    }

    public bool Contains(CXCursor cursor) => Contains(cursor.ExpansionLocation().File);

    /// <summary>A named header, or a header in a named header's library folder.</summary>
    public bool Contains(CXFile file)
    {
        if (IndexOf(file) >= 0)
            return true;
        if (file.IsNull || _libraryFolders.Length == 0)
            return false;
        if (!_inLibraryFolder.TryGetValue(file.Handle, out var inside))
        {
            var path = Path.GetFullPath(file.Name());
            _inLibraryFolder[file.Handle] = inside = _libraryFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal));
        }

        return inside;
    }

    /// <summary>Where the cursor is, with the header's path as the user's request resolved it.</summary>
    public SourceLocation LocationOf(CXCursor cursor)
    {
        var (file, line, column, _) = cursor.ExpansionLocation();
        var index = IndexOf(file);
        return index >= 0 ? new SourceLocation(Paths[index], line, column) : file.IsNull ? SourceLocation.None : new SourceLocation(file.Name(), line, column);
    }

    /// <summary>The bytes of a file as clang read it; empty when unknown. Valid while the translation unit lives.</summary>
    public ReadOnlySpan<byte> Contents(CXFile file)
    {
        if (file.IsNull)
            return [];
        nuint size;
        var data = LibClang.clang_getFileContents(_tu.Handle, file, &size);
        return data == null ? [] : new ReadOnlySpan<byte>(data, checked((int)size));
    }

    private CXFile FileOf(string path)
    {
        var utf8 = Marshal.StringToCoTaskMemUTF8(path);
        try
        {
            return LibClang.clang_getFile(_tu.Handle, (byte*)utf8);
        }
        finally
        {
            Marshal.FreeCoTaskMem(utf8);
        }
    }
}
