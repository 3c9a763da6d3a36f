namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// <c>init</c> drafts the facts of a call (docs/inference.md, "Mutability and leaf candidates"): <c>access: read</c>
/// from const handle parameters and reading verbs, <c>access: mutate</c> from changing verbs, and <c>leaf</c> only for
/// a scalar accessor of one handle whose comment mentions no lock, wait or callback, with a question for the
/// reviewer. On the fixture's readers-writer table and on sqlite3.h; each draft binds as <c>check</c> binds it.
/// </summary>
public sealed class CallFactInferenceTests
{
    [Fact]
    public void The_fixtures_table_drafts_reads_from_const_and_a_write_from_its_verb()
    {
        var native = Path.Combine(HeaderDrafts.Root, "tests", "native");
        var (result, check) = HeaderDrafts.Draft([Path.Combine(native, "table.h")], [native], [], "bffixture");
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var yaml = result.Yaml;
        foreach (var reader in new[] { "bft_table_get", "bft_table_count", "bft_table_peak_readers" })
            Assert.Contains("access: read", HeaderDrafts.Entry(yaml, reader));
        Assert.Contains("points to const", HeaderDrafts.Entry(yaml, "bft_table_peak_readers"));
        var set = HeaderDrafts.Entry(yaml, "bft_table_set");
        Assert.Contains("access: mutate", set);
        Assert.Contains("status: inferred", set);
        Assert.DoesNotContain("access", HeaderDrafts.Entry(yaml, "bft_table_destroy")); // the release: consumed, not a read

        // count is a scalar accessor: a leaf candidate, asked about; get spins (its comment says so), peak_readers has no accessor verb.
        var count = HeaderDrafts.Entry(yaml, "bft_table_count");
        Assert.Contains("leaf: true", count);
        Assert.Contains("`leaf` is a candidate: confirm", count);
        Assert.DoesNotContain("leaf", HeaderDrafts.Entry(yaml, "bft_table_get"));
        Assert.DoesNotContain("leaf", HeaderDrafts.Entry(yaml, "bft_table_peak_readers"));
        Assert.DoesNotContain("\n  bft_conflicts:", yaml); // no handle: no access, no leaf
    }

    [Fact]
    public void Sqlite3_drafts_few_leaf_candidates_and_never_one_that_takes_the_mutex()
    {
        var (result, check) = HeaderDrafts.Draft(["/usr/include/sqlite3.h"], [], [], "sqlite3");
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var yaml = result.Yaml;
        Assert.Contains("leaf: true", HeaderDrafts.Entry(yaml, "sqlite3_column_count"));
        Assert.Contains("access: read", HeaderDrafts.Entry(yaml, "sqlite3_column_count"));
        Assert.Contains("access: mutate", HeaderDrafts.Entry(yaml, "sqlite3_bind_int"));
        Assert.Contains("access: mutate", HeaderDrafts.Entry(yaml, "sqlite3_step"));
        // sqlite3_errmsg and the column value accessors enter the connection mutex: no name or type tells, so no candidate.
        foreach (var locked in new[] { "sqlite3_errmsg", "sqlite3_column_int", "sqlite3_column_text", "sqlite3_bind_int" })
        {
            var at = yaml.IndexOf("\n  " + locked + ":", StringComparison.Ordinal);
            Assert.True(at < 0 || !HeaderDrafts.Entry(yaml, locked).Contains("leaf", StringComparison.Ordinal), locked);
        }
        var candidates = yaml.Split('\n').Count(l => l.Trim() == "leaf: true");
        Assert.InRange(candidates, 1, 10);
    }
}
