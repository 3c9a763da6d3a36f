using BindingForge.Contracts.Tests;
using BindingForge.Review.Diff;

namespace BindingForge.Review.Tests.Diff;

/// <summary>Semantic diffs of two versions of a contract over test.h, and how each change is classified.</summary>
public sealed class DiffTests
{
    private const string Base = """
        handles:
          db: { class: Database, release: db_close, threading: free-threaded }
          stmt: { class: Statement, release: stmt_finalize, parent: db }
        functions:
          db_open:
            params:
              path: { string: utf8, nullable: true }
              out: { out: owned }
          stmt_expand:
            returns: { string: utf8, owned: { free: db_free } }
          db_errmsg:
            returns: { string: utf8, borrowed: true }
        """;

    private static ContractDiff Diff(string before, string after)
    {
        var a = ContractTestKit.Load(ContractTestKit.Prefix + before).Document!;
        var b = ContractTestKit.Load(ContractTestKit.Prefix + after).Document!;
        return ContractDiffer.Compare(new DiffSide(a, TestHeader.Model, "old"), new DiffSide(b, TestHeader.Model, "new"), "test.yaml");
    }

    [Fact]
    public void An_owned_return_turned_borrowed_is_breaking()
    {
        var diff = Diff(Base, Base.Replace("owned: { free: db_free }", "borrowed: true", StringComparison.Ordinal));

        var change = Assert.Single(diff.Changes);
        Assert.Equal((ChangeKind.Breaking, "`stmt_expand` return", "Statement.Expand"), (change.Kind, change.Subject, change.SafeApi));
        Assert.StartsWith("owned (freed with `db_free`) → borrowed", change.Description);
        Assert.True(diff.Reaches(ChangeKind.Breaking));
    }

    [Fact]
    public void A_parameter_that_becomes_non_nullable_is_breaking_and_the_reverse_additive()
    {
        var stricter = Diff(Base, Base.Replace("path: { string: utf8, nullable: true }", "path: { string: utf8 }", StringComparison.Ordinal));
        var looser = Diff(Base.Replace("path: { string: utf8, nullable: true }", "path: { string: utf8 }", StringComparison.Ordinal), Base);

        Assert.Equal(ChangeKind.Breaking, Assert.Single(stricter.Changes).Kind);
        Assert.Contains("ArgumentNullException", stricter.Changes[0].Description);
        Assert.Equal(ChangeKind.Additive, Assert.Single(looser.Changes).Kind);
    }

    [Fact]
    public void Threading_and_error_mapping_changes_are_behaviour()
    {
        var after = Base.Replace("threading: free-threaded", "threading: exclusive", StringComparison.Ordinal)
            + "\n  db_changes:\n    leaf: true\n";

        var diff = Diff(Base, after);

        var threading = Assert.Single(diff.Changes, c => c.Subject == "handle `db`");
        Assert.Equal(ChangeKind.Behaviour, threading.Kind);
        Assert.Contains("free-threaded → threading: exclusive", threading.Description);
        Assert.Contains(diff.Changes, c => c is { Kind: ChangeKind.Behaviour, Subject: "`db_changes`" });
        Assert.False(diff.Reaches(ChangeKind.Breaking));
        Assert.True(diff.Reaches(ChangeKind.Behaviour));
    }

    [Fact]
    public void Mutability_readers_writer_and_leaf_changes_are_behaviour()
    {
        var before = Base + "\n  db_changes:\n    leaf: true\n";
        var after = Base.Replace("threading: free-threaded", "threading: readers-writer", StringComparison.Ordinal)
            + "\n  db_changes:\n    access: read\n";

        var diff = Diff(before, after);

        Assert.All(diff.Changes, c => Assert.Equal(ChangeKind.Behaviour, c.Kind));
        Assert.Contains(diff.Changes, c => c.Subject == "handle `db`" && c.Description.Contains("threading: readers-writer", StringComparison.Ordinal));
        Assert.Contains(diff.Changes, c => c.Subject == "`db_changes`" && c.Description.Contains("mutate → access: read", StringComparison.Ordinal));
        Assert.Contains(diff.Changes, c => c.Subject == "`db_changes`" && c.Description.Contains("not leaf", StringComparison.Ordinal));
        Assert.Equal(3, diff.Changes.Length);
    }

    [Fact]
    public void Error_state_facts_changes_are_behaviour()
    {
        const string Errors = "errors:\n  rc: { type: int, success: [OK, ROW, DONE], message: db_errmsg }\n";
        var before = Base.Replace("functions:\n", Errors + "functions:\n  stmt_step: { returns: { error: rc } }\n  stmt_text: { returns: { string: utf8, borrowed: true, nullable: true } }\n", StringComparison.Ordinal);
        var after = before
            .Replace("message: db_errmsg }", "message: db_errmsg, code: db_errcode, code_text: err_str, lock: { mutex: db_mutex, enter: mutex_enter, leave: mutex_leave } }", StringComparison.Ordinal)
            .Replace("stmt_step: { returns: { error: rc } }", "stmt_step: { returns: { error: rc }, recover: stmt_reset }", StringComparison.Ordinal)
            .Replace("nullable: true } }\n", "nullable: true, null_may_be_error: { error: rc, codes: [NOMEM] } } }\n", StringComparison.Ordinal);

        var diff = Diff(before, after);

        var descriptions = diff.Changes.Select(c => c.Description).ToList();
        Assert.All(diff.Changes, c => Assert.Equal(ChangeKind.Behaviour, c.Kind));
        Assert.Contains(descriptions, d => d.Contains("error code from `db_errcode`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("code text from `err_str`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("error state locked by `db_mutex`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("recovers with `stmt_reset`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("a NULL may be a failure of `rc`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("failure codes [NOMEM]", StringComparison.Ordinal));
        Assert.False(diff.Reaches(ChangeKind.Breaking));
    }

    [Fact]
    public void Pool_facts_changes_are_behaviour()
    {
        var before = Base.Replace("threading: free-threaded }", "threading: free-threaded, pool: true }", StringComparison.Ordinal)
            + "\n  db_changes: {}\n  backup_init: { returns: { borrowed: true } }\n";
        var after = before
            .Replace("db_changes: {}", "db_changes: { clears: d }", StringComparison.Ordinal)
            .Replace("backup_init: { returns: { borrowed: true } }", "backup_init: { returns: { from_pool: src } }", StringComparison.Ordinal);

        var diff = Diff(before, after);

        var descriptions = diff.Changes.Select(c => c.Description).ToList();
        Assert.Contains(descriptions, d => d.Contains("clears pool `d`", StringComparison.Ordinal));
        Assert.Contains(descriptions, d => d.Contains("allocated from pool `src`", StringComparison.Ordinal));
        Assert.All(diff.Changes, c => Assert.Equal(ChangeKind.Behaviour, c.Kind));
        var unpooled = Diff(before, before.Replace("pool: true }", "pool: false }", StringComparison.Ordinal));
        Assert.Contains(unpooled.Changes, c => c is { Kind: ChangeKind.Behaviour, Subject: "handle `db`" } && c.Description.Contains("not a pool", StringComparison.Ordinal));
    }

    [Fact]
    public void A_newly_covered_function_is_additive_and_a_removed_one_breaking()
    {
        const string errStr = "\n  err_str:\n    returns: { string: utf8, borrowed: true }\n";

        var added = Diff(Base, Base + errStr);
        var removed = Diff(Base + errStr, Base);

        Assert.Equal(ChangeKind.Additive, Assert.Single(added.Changes).Kind);
        Assert.Contains("now covered: bound as `Testlib.ErrStr`", added.Changes[0].Description);
        var change = Assert.Single(removed.Changes);
        Assert.Equal(ChangeKind.Breaking, change.Kind);
        Assert.Contains("no fact covers the return (`const char *`) any more", change.Description);
    }

    [Fact]
    public void Renaming_a_method_or_a_handle_class_is_breaking()
    {
        var after = Base.Replace("class: Statement", "class: PreparedStatement", StringComparison.Ordinal)
            .Replace("returns: { string: utf8, borrowed: true }", "returns: { string: utf8, borrowed: true }\n    name: ErrorMessage", StringComparison.Ordinal);

        var diff = Diff(Base, after);

        Assert.Contains(diff.Changes, c => c is { Kind: ChangeKind.Breaking, Subject: "handle `stmt`" });
        Assert.Contains(diff.Changes, c => c.Kind == ChangeKind.Breaking && c.Description == "renamed: `Database.Errmsg` → `Database.ErrorMessage`");
        Assert.Contains(diff.Changes, c => c.Kind == ChangeKind.Breaking && c.Description.Contains("`Statement.Expand` → `PreparedStatement.Expand`", StringComparison.Ordinal));
    }

    [Fact]
    public void Review_status_changes_are_review_only_and_never_fail()
    {
        var diff = Diff(Base, Base.Replace("returns: { string: utf8, borrowed: true }", "returns: { string: utf8, borrowed: true, status: reviewed }", StringComparison.Ordinal));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(ChangeKind.Review, change.Kind);
        Assert.False(diff.Reaches(ChangeKind.Additive));
    }

    [Fact]
    public void Markdown_lists_changes_by_kind_with_the_safe_api_and_the_line()
    {
        var diff = Diff(Base, Base.Replace("owned: { free: db_free }", "borrowed: true", StringComparison.Ordinal));

        var markdown = MarkdownDiffWriter.Write([diff]);

        Assert.Contains("**1 breaking** · 0 behaviour · 0 additive · 0 review-only", markdown);
        Assert.Contains("#### Breaking", markdown);
        Assert.Contains("- **`stmt_expand` return** (`Statement.Expand`): owned (freed with `db_free`) → borrowed", markdown);
        Assert.Matches(@"\(line \d+\)", markdown);
    }

    [Fact]
    public void An_entry_left_out_because_of_errors_is_an_error_not_a_guessed_removal()
    {
        var broken = Base.Replace("returns: { string: utf8, borrowed: true }", "returns: { string: utf8, borrowed: true }\n    params:\n      no_such: { nullable: true }", StringComparison.Ordinal);

        var diff = Diff(Base, broken);

        var error = Assert.Single(diff.Changes, c => c.Kind == ChangeKind.Error && c.Subject == "`db_errmsg`");
        Assert.Contains("new: left out of the comparison because the entry has errors (BF2102", error.Description);
        Assert.DoesNotContain(diff.Changes, c => c.Subject.StartsWith("`db_errmsg`", StringComparison.Ordinal) && c.Kind != ChangeKind.Error);
        Assert.True(diff.Reaches(ChangeKind.Breaking));
        Assert.StartsWith("#### Errors", MarkdownDiffWriter.Write([diff]).Split("\n\n").First(p => p.StartsWith("####", StringComparison.Ordinal)));
    }
}
