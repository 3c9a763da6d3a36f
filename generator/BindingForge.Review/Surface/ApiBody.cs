namespace BindingForge.Review.Surface;

/// <summary>The parts of an item's body: the C side before <c> | </c>, the C# side after it.</summary>
internal static class ApiBody
{
    public const string Separator = " | ";

    /// <summary>The C side, trimmed (<c>struct size 8 align 4</c>).</summary>
    public static string C(ApiLine line) => Split(line.Body).C;

    /// <summary>The C# side (<c>bf_point</c>, <c>int FixtureNative.BF_OK = 0</c>); empty when the item has none.</summary>
    public static string CSharp(ApiLine line) => Split(line.Body).CSharp;

    /// <summary>The value after <c> = </c> (enumerators, versions, typedefs, constants' C# side).</summary>
    public static string Value(string text)
    {
        text = text.Trim();
        return text.StartsWith("= ", StringComparison.Ordinal) ? text[2..] : text.IndexOf(" = ", StringComparison.Ordinal) is var at and >= 0 ? text[(at + 3)..] : text;
    }

    private static (string C, string CSharp) Split(string body)
    {
        var at = body.IndexOf(Separator, StringComparison.Ordinal);
        return at < 0 ? (body.Trim(), string.Empty) : (body[..at].Trim(), body[(at + Separator.Length)..].Trim());
    }
}
