using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The shape of generated safe methods for sqlite3: what the contract proves decides the guard entry, whether
/// a callback-exception check follows the call, and whether the method needs try/finally.
/// </summary>
public sealed class CallShapeTests
{
    private static readonly Lazy<string> Statement = new(() =>
    {
        var result = new VerifiedPipeline().Run(SafeBindings.Options("contracts/sqlite3.yaml"));
        Assert.True(result.Succeeded);
        return result.Files.Single(f => f.RelativePath == "Statement.cs").Content;
    });

    [Fact]
    public void A_no_callbacks_call_enters_without_identity_and_checks_no_callback_exception()
    {
        var body = Method("public void BindInt(int index, int value)");

        Assert.Contains("var __statement = EnterExclusiveNoCallbacks();", body);
        Assert.DoesNotContain("ThrowIfCaptured", body);
        Assert.DoesNotContain("using var", body);
        Assert.Contains("AggressiveInlining", Attributes("public void BindInt(int index, int value)"));
    }

    [Fact]
    public void A_call_that_may_run_the_busy_handler_records_its_thread_and_rethrows_callback_exceptions()
    {
        var body = Method("public ResultCode Step()");

        Assert.Contains("var __statement = EnterExclusive();", body);
        Assert.Contains("CallbackExceptionSlot.ThrowIfCaptured();", body);
        // Released before the exception is thrown, and the exception built while the lease is still held.
        Assert.True(body.IndexOf("var __error", StringComparison.Ordinal) < body.IndexOf("__statement.Dispose();", StringComparison.Ordinal));
        Assert.True(body.IndexOf("__statement.Dispose();", StringComparison.Ordinal) < body.IndexOf("ThrowFailure", StringComparison.Ordinal));
    }

    [Fact]
    public void A_call_that_copies_a_string_out_keeps_using()
    {
        var body = Method("public string? ColumnText(int iCol)");

        Assert.Contains("using var __statement = EnterExclusiveNoCallbacks();", body);
    }

    [Fact]
    public void A_call_that_consumes_the_handle_records_its_thread()
    {
        Assert.Contains("using var __pStmt = EnterExclusive();", Method("public void FinalizeStatement()"));
    }

    private static string Method(string signature)
    {
        var text = Statement.Value;
        var start = text.IndexOf(signature, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no method `{signature}` in Statement.cs");
        var end = text.IndexOf("\n    }\n", start, StringComparison.Ordinal);
        return text[start..end];
    }

    private static string Attributes(string signature)
    {
        var text = Statement.Value;
        var start = text.IndexOf(signature, StringComparison.Ordinal);
        var lineStart = text.LastIndexOf("/// ", start, StringComparison.Ordinal);
        return text[lineStart..start];
    }
}
