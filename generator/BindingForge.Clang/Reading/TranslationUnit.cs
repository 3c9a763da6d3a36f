using System.Runtime.InteropServices;
using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>
/// One parsed translation unit and the index that owns it. Each parse gets its own index, so parses on
/// different threads never share libclang state. Cursors and types from it are valid until <see cref="Dispose"/>.
/// </summary>
internal sealed unsafe class TranslationUnit : IDisposable
{
    private readonly CXIndex _index;
    private bool _disposed;

    private TranslationUnit(CXIndex index, CXTranslationUnit handle)
    {
        _index = index;
        Handle = handle;
    }

    public CXTranslationUnit Handle { get; }

    public CXCursor Cursor => LibClang.clang_getTranslationUnitCursor(Handle);

    /// <summary>
    /// Parses an in-memory main file (<paramref name="mainFile"/> with <paramref name="contents"/>).
    /// Null with the libclang error code when no translation unit could be made at all.
    /// </summary>
    public static TranslationUnit? Parse(
        string mainFile, string contents, IReadOnlyList<string> args, CXTranslationUnitFlags flags, out CXErrorCode error)
    {
        var allocations = new List<nint>();
        try
        {
            nint Utf8(string s)
            {
                var p = Marshal.StringToCoTaskMemUTF8(s);
                allocations.Add(p);
                return p;
            }

            var argv = args.Select(Utf8).ToArray();
            var unsaved = new CXUnsavedFile
            {
                Filename = (byte*)Utf8(mainFile),
                Contents = (byte*)Utf8(contents),
                Length = (nuint)System.Text.Encoding.UTF8.GetByteCount(contents),
            };
            var index = LibClang.clang_createIndex(0, 0);
            CXTranslationUnit tu;
            fixed (nint* argvPtr = argv)
            {
                // libclang copies the unsaved file's contents, so the buffers can be freed after the call.
                error = LibClang.clang_parseTranslationUnit2(
                    index, unsaved.Filename, (byte**)argvPtr, argv.Length, &unsaved, 1, flags, &tu);
            }
            if (error == CXErrorCode.Success && tu.Handle != 0)
                return new TranslationUnit(index, tu);
            LibClang.clang_disposeIndex(index);
            return null;
        }
        finally
        {
            allocations.ForEach(Marshal.FreeCoTaskMem);
        }
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        _disposed = true;
        LibClang.clang_disposeTranslationUnit(Handle);
        LibClang.clang_disposeIndex(_index);
    }
}
