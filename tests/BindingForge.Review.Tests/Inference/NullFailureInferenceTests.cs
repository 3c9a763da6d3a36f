using BindingForge.Clang;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// <c>init</c> on comments that say a NULL result can mean failure ("returns NULL on error", "NULL when out of
/// memory"): the return is drafted nullable, and the draft asks for <c>null_may_be_error</c>, which needs an error
/// domain the draft does not have; a NULL that is only a value raises no such question.
/// </summary>
public sealed class NullFailureInferenceTests
{
    private const string Header = """
        typedef struct conn conn;

        /** Open a connection. \return a new connection; destroy it with conn_close(). */
        conn *conn_open(void);

        /** Close a connection. */
        void conn_close(conn *c);

        /** \return a new string, freed with conn_free(); returns NULL on error (out of memory). */
        char *conn_describe(conn *c);

        /** \return the label, or NULL when the entry has none; NULL also when out of memory. */
        const char *conn_label(conn *c, int id);

        /** \return the name, or NULL when the connection has none. */
        const char *conn_name(conn *c);

        /** Free a string. */
        void conn_free(void *p);
        """;

    private static string Draft()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-infer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "conn.h"), Header);
        var read = new HeaderReader().Read(new HeaderReadRequest(["conn.h"], [folder], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return ContractInferrer.Infer(new InferenceRequest(read.Model, "conn", ["conn.h"], ["."], []), Path.Combine(folder, "draft.yaml")).Yaml;
    }

    [Fact]
    public void A_null_that_can_mean_failure_is_drafted_nullable_with_a_question_for_null_may_be_error()
    {
        var yaml = Draft();

        var describe = Section(yaml, "conn_describe");
        var label = Section(yaml, "conn_label");
        Assert.Contains("null_may_be_error", describe, StringComparison.Ordinal);
        Assert.Contains("null_may_be_error", label, StringComparison.Ordinal);
        Assert.Contains("nullable: true", label, StringComparison.Ordinal);
        Assert.DoesNotContain("null_may_be_error", Section(yaml, "conn_name"), StringComparison.Ordinal);
    }

    /// <summary>The lines of one function's entry in the draft.</summary>
    private static string Section(string yaml, string function)
    {
        var lines = yaml.Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == $"  {function}:");
        Assert.True(start >= 0, $"no entry for {function} in:\n{yaml}");
        var end = Array.FindIndex(lines, start + 1, l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("   ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(':'));
        return string.Join("\n", lines[start..(end < 0 ? lines.Length : end)]);
    }
}
