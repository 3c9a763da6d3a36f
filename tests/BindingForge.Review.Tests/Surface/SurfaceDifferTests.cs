using BindingForge.Review.Surface;

namespace BindingForge.Review.Tests.Surface;

/// <summary>How each change of the bound C surface is classified, on API records written by hand.</summary>
public sealed class SurfaceDifferTests
{
    private const string Base = """
        library foo
        version FOO_VERSION = "1.0"
        const FOO_MAX int | int FooNative.FOO_MAX = 8
        enum foo_kind : unsigned int | foo_kind
        enum foo_kind.FOO_A = 0
        enum foo_kind.FOO_B = 1
        function foo_open(const char * path, int flags) -> int | FooNative.foo_open(byte* path, int flags) -> int
        function foo_count(const foo * f) -> size_t | FooNative.foo_count(foo* f) -> nuint
        function foo_each(foo * f, int (*)(void *, int) cb, void * arg) -> void | FooNative.foo_each(foo* f, delegate* unmanaged[Cdecl]<void*, int, int> cb, void* arg) -> void
        record foo_state struct size 16 align 8 | foo_state
        record foo_state.total @0 long
        record foo_state.flags @8 int
        record foo_opaque struct opaque | foo_opaque
        typedef foo_id = unsigned int
        """;

    private static SurfaceDiff Diff(string before, string after) =>
        SurfaceDiffer.Compare(ApiRecordReader.Read(before, "old.api.txt").Record, ApiRecordReader.Read(after, "new.api.txt").Record);

    private static SurfaceChange Single(string before, string after) => Assert.Single(Diff(before, after).Changes);

    [Fact]
    public void The_same_record_has_no_change()
    {
        Assert.Empty(Diff(Base, Base).Changes);
        Assert.Empty(Diff(Base, Base).Versions);
    }

    [Fact]
    public void A_renumbered_enumerator_is_binary_breaking_and_an_added_one_additive()
    {
        var renumbered = Single(Base, Base.Replace("FOO_B = 1", "FOO_B = 2", StringComparison.Ordinal));
        var added = Single(Base, Base + "\nenum foo_kind.FOO_C = 2");

        Assert.Equal((SurfaceClass.BinaryBreaking, "enum `foo_kind` enumerator `FOO_B`", "foo_kind.FOO_B"), (renumbered.Class, renumbered.Subject, renumbered.Member));
        Assert.StartsWith("is renumbered: 1 → 2", renumbered.Description);
        Assert.Equal(SurfaceClass.Additive, added.Class);
    }

    [Fact]
    public void A_parameter_retyped_with_the_same_count_is_binary_breaking_and_names_the_parameter()
    {
        var change = Single(Base, Base.Replace("int flags) -> int | FooNative.foo_open(byte* path, int flags)", "unsigned int flags) -> int | FooNative.foo_open(byte* path, uint flags)", StringComparison.Ordinal));

        Assert.Equal(SurfaceClass.BinaryBreaking, change.Class);
        Assert.Equal("parameter 1 `flags` is `unsigned int` instead of `int` (same parameter count: callers built before pass the old type)", change.Description);
        Assert.Equal("FooNative.foo_open", change.Member);
    }

    [Fact]
    public void Function_pointer_parameters_keep_their_commas()
    {
        var change = Single(Base, Base.Replace("int (*)(void *, int) cb", "int (*)(void *, long) cb", StringComparison.Ordinal));

        Assert.Equal("parameter 1 `cb` is `int (*)(void *, long)` instead of `int (*)(void *, int)` (same parameter count: callers built before pass the old type)", change.Description);
    }

    [Fact]
    public void A_return_that_changes_from_void_is_binary_breaking()
    {
        var change = Single(Base, Base.Replace("void * arg) -> void |", "void * arg) -> size_t |", StringComparison.Ordinal));

        Assert.Equal((SurfaceClass.BinaryBreaking, "returns `size_t` instead of `void`"), (change.Class, change.Description));
    }

    [Fact]
    public void A_function_with_the_same_signature_under_another_name_is_a_probable_rename()
    {
        var diff = Diff(Base, Base.Replace("foo_count", "foo_size", StringComparison.Ordinal));

        var change = Assert.Single(diff.Changes);
        Assert.Equal(SurfaceClass.SourceBreaking, change.Class);
        Assert.Contains("`foo_size` has the same C signature (const foo *) -> size_t: renamed?", change.Description);
        Assert.Equal("foo_size", change.New!.Key);
    }

    [Fact]
    public void A_removed_function_without_a_match_is_source_breaking_and_a_new_one_additive()
    {
        var removed = Single(Base, Base.Replace("function foo_count(const foo * f) -> size_t | FooNative.foo_count(foo* f) -> nuint\n", "", StringComparison.Ordinal));
        var added = Single(Base, Base + "\nfunction foo_close(foo * f) -> void | FooNative.foo_close(foo* f) -> void");

        Assert.Equal(SurfaceClass.SourceBreaking, removed.Class);
        Assert.Contains("EntryPointNotFoundException", removed.Description);
        Assert.Equal((SurfaceClass.Additive, "function `foo_close`"), (added.Class, added.Subject));
    }

    [Fact]
    public void A_resized_record_and_its_moved_field_are_binary_breaking()
    {
        var after = Base.Replace("size 16 align 8", "size 24 align 8", StringComparison.Ordinal).Replace("flags @8 int", "flags @16 int", StringComparison.Ordinal);

        var changes = Diff(Base, after).Changes;

        Assert.Equal(2, changes.Length);
        Assert.All(changes, c => Assert.Equal(SurfaceClass.BinaryBreaking, c.Class));
        Assert.Contains(changes, c => c.Subject == "record `foo_state`" && c.Description.StartsWith("layout changes: struct size 16 align 8 → struct size 24 align 8", StringComparison.Ordinal));
        Assert.Contains(changes, c => c is { Subject: "record `foo_state` field `flags`", Member: "foo_state.flags" } && c.Description.StartsWith("moves or changes type: @8 int → @16 int", StringComparison.Ordinal));
    }

    [Fact]
    public void A_field_renamed_with_its_layout_kept_is_a_probable_rename()
    {
        var change = Single(Base, Base.Replace("foo_state.flags @8", "foo_state.options @8", StringComparison.Ordinal));

        Assert.Equal(SurfaceClass.SourceBreaking, change.Class);
        Assert.Equal("renamed? `flags` → `options` (@8 int kept)", change.Description);
    }

    [Fact]
    public void A_record_renamed_with_its_layout_kept_is_a_probable_rename_but_opaque_ones_are_not_paired()
    {
        var renamed = Diff(Base, Base.Replace("foo_state", "foo_status", StringComparison.Ordinal)).Changes;
        var opaque = Diff(Base, Base.Replace("foo_opaque", "foo_hidden", StringComparison.Ordinal)).Changes;

        var change = Assert.Single(renamed);
        Assert.Contains("`foo_status` has the same layout: renamed?", change.Description);
        Assert.Equal([SurfaceClass.SourceBreaking, SurfaceClass.Additive], opaque.Select(c => c.Class));
    }

    [Fact]
    public void A_changed_constant_or_typedef_is_binary_breaking_and_versions_are_listed_apart()
    {
        var diff = Diff(Base, Base.Replace("FOO_MAX = 8", "FOO_MAX = 16", StringComparison.Ordinal).Replace("foo_id = unsigned int", "foo_id = unsigned long", StringComparison.Ordinal)
            .Replace("\"1.0\"", "\"2.0\"", StringComparison.Ordinal));

        Assert.Equal(2, diff.Changes.Length);
        Assert.All(diff.Changes, c => Assert.Equal(SurfaceClass.BinaryBreaking, c.Class));
        Assert.Contains(diff.Changes, c => c is { Subject: "constant `FOO_MAX`", Member: "FooNative.FOO_MAX" });
        Assert.Equal("`FOO_VERSION` \"1.0\" → \"2.0\"", Assert.Single(diff.Versions));
    }

    [Fact]
    public void Changes_come_most_severe_first()
    {
        var after = Base.Replace("FOO_B = 1", "FOO_B = 2", StringComparison.Ordinal).Replace("foo_count", "foo_size", StringComparison.Ordinal) + "\nenum foo_kind.FOO_C = 3";

        var classes = Diff(Base, after).Changes.Select(c => c.Class).ToList();

        Assert.Equal([SurfaceClass.BinaryBreaking, SurfaceClass.SourceBreaking, SurfaceClass.Additive], classes);
    }
}
