using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Support;

/// <summary>Shorthands for reading headers in tests.</summary>
internal static class Read
{
    public static HeaderReadResult Headers(params string[] headers) => new HeaderReader().Read(HeaderReadRequest.ForHeaders(headers));

    /// <summary>Reads one header written from <paramref name="text"/>, asserting that it parsed without errors.</summary>
    public static HeaderModel Text(string text, string name = "test.h")
    {
        using var temp = new TempHeaders();
        var result = Headers(temp.Write(name, text));
        Assert.False(result.HasErrors, string.Join("\n", result.Diagnostics));
        return result.Model;
    }

    /// <summary>Reads one header written from <paramref name="text"/>, keeping the diagnostics.</summary>
    public static HeaderReadResult TextWithDiagnostics(string text, string name = "test.h")
    {
        using var temp = new TempHeaders();
        return Headers(temp.Write(name, text));
    }
}
