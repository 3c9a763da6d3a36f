using BindingForge.Review.Inference;

namespace BindingForge.Review.Writing;

/// <summary>Writes a draft's <c>library:</c> section from the request: only what the request states.</summary>
internal static class LibraryWriter
{
    public static void Write(InferenceRequest request, Action<int, string> line)
    {
        line(0, "library:");
        line(1, "name: " + YamlText.Scalar(request.Library));
        line(1, "headers: " + YamlText.QuotedList(request.Headers));
        if (!request.IncludeDirs.IsDefaultOrEmpty)
            line(1, "include_dirs: " + YamlText.QuotedList(request.IncludeDirs));
        if (!request.Defines.IsDefaultOrEmpty)
            line(1, "defines: " + YamlText.QuotedList(request.Defines));
        if (request.Namespace is { } ns)
            line(1, "namespace: " + YamlText.Scalar(ns));
        if (request.ClassName is { } className)
            line(1, "class: " + YamlText.Scalar(className));
        if (request.Include.IsDefaultOrEmpty && request.Exclude.IsDefaultOrEmpty)
            return;
        line(1, "select:");
        if (!request.Include.IsDefaultOrEmpty)
            line(2, "include: " + YamlText.QuotedList(request.Include));
        if (!request.Exclude.IsDefaultOrEmpty)
            line(2, "exclude: " + YamlText.QuotedList(request.Exclude));
    }
}
