using BindingForge.Model.Contracts;
using BindingForge.Model.Header;
using static BindingForge.Review.Tests.Inference.InferenceKit;

namespace BindingForge.Review.Tests.Inference;

/// <summary>Owned and borrowed returns and out-parameters: const, comment phrases, names, attributes, and their conflicts.</summary>
public sealed class OwnershipRuleTests
{
    private static InferenceKit WithFree() => new InferenceKit().Function("lib_free", CVoid, P("p", Ptr(CVoid)));

    [Fact]
    public void A_const_char_return_is_borrowed_text()
    {
        var (contract, _) = new InferenceKit().Function("lib_version", Ptr(ConstChar)).Draft();

        var returns = contract.FindFunction("lib_version")!.Return;
        Assert.Equal((StringEncoding.Utf8, true), (returns.String, returns.Borrowed is not null));
    }

    [Fact]
    public void A_comment_naming_the_deallocator_makes_the_return_owned_with_that_free()
    {
        var kit = WithFree().Function("lib_describe", Ptr(CChar), "Describe the thing. The returned string must be freed with lib_free().", []);

        var (contract, yaml) = kit.Draft();

        Assert.Equal("lib_free", contract.FindFunction("lib_describe")!.Return.Owned!.Free!.Name);
        Assert.Contains("must be freed with lib_free()", yaml);
    }

    [Fact]
    public void A_sentence_about_the_deallocator_itself_makes_nothing_owned()
    {
        var kit = WithFree().Function("lib_scratch", Ptr(CChar), "lib_free() releases memory. Scratch space for the caller.", []);

        var (contract, _) = kit.Draft();

        Assert.Null(contract.FindFunction("lib_scratch")?.Return.Owned);
    }

    [Fact]
    public void Valid_until_makes_a_borrowed_return_with_the_calls_that_end_it()
    {
        var kit = new InferenceKit().Opaque("cur")
            .Function("cur_open", Ptr(Named("cur")))
            .Function("cur_close", CVoid, P("c", Ptr(Named("cur"))))
            .Function("cur_next", CInt, P("c", Ptr(Named("cur"))))
            .Function("cur_row", Ptr(CVoid), "The returned pointer is valid until cur_next() or cur_close() is called.", [], P("c", Ptr(Named("cur"))));

        var (contract, _) = kit.Draft();

        var borrowed = contract.FindFunction("cur_row")!.Return.Borrowed!;
        Assert.Equal(["cur_next", "cur_close"], borrowed.Until.Select(f => f.Name));
    }

    [Fact]
    public void The_malloc_attribute_with_a_deallocator_names_the_free()
    {
        var kit = WithFree().Function("lib_blob", Ptr(CVoid), null, ["malloc(lib_free, 1)"]);

        var (contract, _) = kit.Draft();

        Assert.Equal("lib_free", contract.FindFunction("lib_blob")!.Return.Owned!.Free!.Name);
    }

    [Fact]
    public void An_owned_value_with_no_known_deallocator_becomes_a_question_not_a_fact()
    {
        var (contract, yaml) = new InferenceKit().Function("lib_strdup", Ptr(CChar), P("s", Ptr(ConstChar))).Draft();

        Assert.Null(contract.FindFunction("lib_strdup")!.Return.Owned);
        Assert.Contains("no function that frees `char *` was found", yaml);
    }

    [Fact]
    public void Const_wins_over_a_comment_but_the_draft_says_they_disagree()
    {
        var kit = WithFree().Function("lib_name", Ptr(ConstChar), "The caller must free the returned name.", []);

        var (contract, yaml) = kit.Draft();

        Assert.NotNull(contract.FindFunction("lib_name")!.Return.Borrowed);
        Assert.True(yaml.Contains("conflicting evidence: `owned`", StringComparison.Ordinal), yaml);
        Assert.Contains("confidence: medium", yaml);
    }

    [Fact]
    public void Equally_strong_evidence_for_both_answers_is_left_undecided()
    {
        var kit = new InferenceKit().Complete("set")
            .Function("set_create", Ptr(Named("set")))
            .Function("set_dispose", CVoid, P("s", Ptr(Named("set"))))
            .Function("set_get_default", Ptr(Named("set")));

        var (contract, yaml) = kit.Draft();

        Assert.Null(contract.FindFunction("set_get_default")?.Return.Owned);
        Assert.Null(contract.FindFunction("set_get_default")?.Return.Borrowed);
        Assert.Contains("evidence disagrees", yaml);
    }

    [Fact]
    public void A_getter_returns_borrowed_and_a_buffer_filler_returns_its_buffer()
    {
        var kit = new InferenceKit().Opaque("db").Opaque("stmt")
            .Function("db_open", Ptr(Named("db")))
            .Function("db_close", CVoid, P("d", Ptr(Named("db"))))
            .Function("stmt_db_handle", Ptr(Named("db")), P("s", Ptr(Named("stmt"))))
            .Function("lib_gets", Ptr(CChar), P("buf", Ptr(CChar)), P("len", CInt));

        var (contract, _) = kit.Draft();

        Assert.NotNull(contract.FindFunction("stmt_db_handle")!.Return.Borrowed);
        Assert.Equal(0, contract.FindFunction("lib_gets")!.Return.Borrowed!.OfParameter);
    }

    [Fact]
    public void Char_out_parameters_named_as_outputs_are_owned_text()
    {
        var kit = WithFree()
            .Function("lib_exec", CInt, "Run it. Error text is written to *errmsg; the caller must free it with lib_free().", [], P("sql", Ptr(ConstChar)), P("errmsg", Ptr(Ptr(CChar))))
            .Function("lib_parse", CInt, P("text", Ptr(ConstChar)), P("pzTail", Ptr(Ptr(ConstChar))));

        var (contract, _) = kit.Draft();

        var errmsg = contract.FindFunction("lib_exec")!.Parameters[1];
        Assert.Equal((OutKind.Owned, "lib_free", StringEncoding.Utf8), (errmsg.Out!.Value, errmsg.Owned!.Free!.Name, errmsg.String!.Value));
        Assert.Equal(OutKind.Borrowed, contract.FindFunction("lib_parse")!.Parameters[1].Out);
    }

    [Fact]
    public void Nullability_attributes_and_phrases_make_nullable_facts()
    {
        var nullable = new PointerType(ConstChar) { Spelling = "const char *", Nullability = Nullability.Nullable };
        var kit = new InferenceKit()
            .Function("lib_set_name", CInt, P("name", nullable))
            .Documented("lib_set_dir", CInt, new Documentation("Set the folder.") { Params = new Dictionary<string, ParamDoc> { ["dir"] = new("the folder, or NULL for the default", ParamDirection.In) } }, P("dir", Ptr(ConstChar)))
            .Function("lib_find", Ptr(ConstChar), "Returns NULL if there is none.", [], P("key", Ptr(ConstChar)));

        var (contract, _) = kit.Draft();

        Assert.True(contract.FindFunction("lib_set_name")!.Parameters[0].Nullable);
        Assert.True(contract.FindFunction("lib_set_dir")!.Parameters[0].Nullable);
        Assert.True(contract.FindFunction("lib_find")!.Return.Nullable);
        Assert.False(contract.FindFunction("lib_find")!.Parameters[0].Nullable);
    }
}
