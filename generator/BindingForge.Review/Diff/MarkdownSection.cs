using System.Text;

namespace BindingForge.Review.Diff;

/// <summary>One <c>#### Title</c> section of bullets; nothing when there are no items.</summary>
internal static class MarkdownSection
{
    public static void Write<T>(StringBuilder text, string title, IReadOnlyList<T> items, Func<T, string> bullet)
    {
        if (items.Count == 0)
            return;
        text.Append($"#### {title}\n\n");
        foreach (var item in items)
            text.Append(bullet(item)).Append('\n');
        text.Append('\n');
    }
}
