using BindingForge.Review.Inference.Annotations;

namespace BindingForge.Review.Tests.Inference.Introspection;

/// <summary>The GI annotation grammar and the gtk-doc blocks it lives in, read from text.</summary>
public sealed class AnnotationGrammarTests
{
    [Fact]
    public void A_run_of_annotations_ends_at_the_colon_and_the_prose_follows()
    {
        var text = " (transfer full) (nullable): a new string";
        var (annotations, prose) = AnnotationParser.Parse(text);
        Assert.Equal(["(transfer full)", "(nullable)"], annotations.Select(a => a.ToString()));
        Assert.Equal(" a new string", text[prose..]);
    }

    [Fact]
    public void Options_negations_and_prose_in_parentheses_are_told_apart()
    {
        var array = Assert.Single(AnnotationParser.Parse("(array length=n_items zero-terminated=1): items").Annotations);
        Assert.Equal("n_items", array.Options["length"]);
        Assert.Equal("1", array.Options["zero-terminated"]);
        Assert.Equal("not nullable", Assert.Single(AnnotationParser.Parse("(not nullable): x").Annotations).Name);
        Assert.Empty(AnnotationParser.Parse("(see below) the name").Annotations);
        Assert.Equal(["(out caller-allocates)"], AnnotationParser.Parse("(out caller-allocates) (see below): x").Annotations.Select(a => a.ToString()));
    }

    [Fact]
    public void A_gtk_doc_block_gives_each_target_at_its_comment_line()
    {
        const string text = """
            #include <x.h>
            /**
             * foo_watch: (skip)
             * @foo: a foo
             * @callback: (scope notified) (closure data) (destroy notify): called later
             * @data: (nullable): user data
             * @notify: frees @data
             *
             * Returns: (transfer none) (nullable): the old one
             */
            /**
             * SECTION:foo
             * @title: Foo
             */
            /**
             * Foo::changed:
             * @foo: the object
             */
            """;
        var function = Assert.Single(GtkDocScanner.Scan("foo.c", text));
        Assert.Equal("foo_watch", function.Symbol);
        Assert.True(function.Skipped);
        Assert.Equal(3, function.Location.Line);
        var callback = Assert.Single(function.Targets, t => t.Parameter == "callback");
        Assert.Equal(("notified", "data", "notify"), (callback.Scope, callback.Closure, callback.Destroy));
        Assert.Equal(5, callback.Location.Line);
        Assert.True(Assert.Single(function.Targets, t => t.Parameter == "data").Nullable);
        var returns = function.Return!;
        Assert.Equal(("none", true, 9), (returns.Transfer, returns.Nullable, returns.Location.Line));
        Assert.DoesNotContain(function.Targets, t => t.Parameter is "foo" or "notify"); // no annotation, no statement
    }

    [Fact]
    public void Out_optional_and_allow_none_read_as_GI_defines_them()
    {
        const string text = """
            /**
             * foo_get:
             * @out_a: (out) (optional): a
             * @out_b: (out caller-allocates): b
             * @list: (element-type utf8) (transfer container): names
             * @io: (inout): a counter
             */
            """;
        var targets = Assert.Single(GtkDocScanner.Scan("foo.h", text)).Targets.ToDictionary(t => t.Parameter!);
        Assert.Equal(("out", true, false), (targets["out_a"].Direction, targets["out_a"].Optional, targets["out_a"].CallerAllocates));
        Assert.True(targets["out_b"].CallerAllocates);
        Assert.Equal(("utf8", "container"), (targets["list"].ElementType, targets["list"].Transfer));
        Assert.Equal("inout", targets["io"].Direction);
    }
}
