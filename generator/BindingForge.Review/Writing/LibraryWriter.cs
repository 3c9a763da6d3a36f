using BindingForge.Contracts.Vocabulary;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Writing;

/// <summary>Writes a draft's <c>library:</c> section from the request: only what the request states.</summary>
internal static class LibraryWriter
{
    public static void Write(InferenceRequest request, Action<int, string> line)
    {
        line(0, Key(DocumentKeys.Library));
        line(1, Key(LibraryKeys.Name) + YamlText.Scalar(request.Library));
        line(1, Key(LibraryKeys.Headers) + YamlText.QuotedList(request.Headers));
        if (!request.IncludeDirs.IsDefaultOrEmpty)
            line(1, Key(LibraryKeys.IncludeDirs) + YamlText.QuotedList(request.IncludeDirs));
        if (!request.Defines.IsDefaultOrEmpty)
            line(1, Key(LibraryKeys.Defines) + YamlText.QuotedList(request.Defines));
        if (!request.ClangArgs.IsDefaultOrEmpty)
            line(1, Key(LibraryKeys.ClangArgs) + YamlText.QuotedList(request.ClangArgs));
        if (request.Namespace is { } ns)
            line(1, Key(LibraryKeys.Namespace) + YamlText.Scalar(ns));
        if (request.ClassName is { } className)
            line(1, Key(LibraryKeys.Class) + YamlText.Scalar(className));
        if (request.Include.IsDefaultOrEmpty && request.Exclude.IsDefaultOrEmpty)
            return;
        line(1, Key(LibraryKeys.Select));
        if (!request.Include.IsDefaultOrEmpty)
            line(2, Key(SelectKeys.Include) + YamlText.QuotedList(request.Include));
        if (!request.Exclude.IsDefaultOrEmpty)
            line(2, Key(SelectKeys.Exclude) + YamlText.QuotedList(request.Exclude));
    }

    /// <summary><c>name: </c>, or <c>library:</c> for a key whose value follows on the next lines.</summary>
    private static string Key(KeyRow row) => row.Value is MappingShape ? row.Key + ":" : row.Key + ": ";
}
