using BindingForge.Model.Header;
using BindingForge.Review.Inference;
using static BindingForge.Review.Tests.Inference.InferenceKit;

namespace BindingForge.Review.Tests.Inference;

/// <summary>Handles and their release functions: naming pairs, one-argument frees, attributes and comments.</summary>
public sealed class HandleRuleTests
{
    [Fact]
    public void A_naming_pair_gives_the_release_and_an_owned_constructor()
    {
        var kit = new InferenceKit().Opaque("widget")
            .Function("widget_new", Ptr(Named("widget")))
            .Function("widget_free", CVoid, P("w", Ptr(Named("widget"))))
            .Function("widget_size", CInt, P("w", Ptr(Named("widget"))));

        var (contract, yaml) = kit.Draft();

        var handle = Assert.Single(contract.Handles);
        Assert.Equal(("widget", "widget_free", "Widget"), (handle.CTypeName, handle.Release!.Name, handle.ClassName));
        Assert.NotNull(contract.FindFunction("widget_new")!.Return.Owned);
        Assert.True(contract.FindFunction("widget_free")!.Parameters[0].Consumed);
        Assert.Contains("naming pair widget_new/widget_free", yaml);
    }

    [Fact]
    public void A_typedef_of_void_used_through_pointers_is_a_handle_the_binder_accepts()
    {
        // typedef void CURL; CURL *curl_easy_init(void); void curl_easy_cleanup(CURL *curl);
        var kit = new InferenceKit().Typedef("CURL", CVoid)
            .Function("curl_easy_init", Ptr(Named("CURL")))
            .Function("curl_easy_cleanup", CVoid, P("curl", Ptr(Named("CURL"))))
            .Function("curl_easy_perform", CInt, P("curl", Ptr(Named("CURL"))));

        var (contract, _) = kit.Draft();

        var handle = Assert.Single(contract.Handles);
        Assert.Equal(("CURL", "curl_easy_cleanup"), (handle.CTypeName, handle.Release!.Name));
        Assert.NotNull(contract.FindFunction("curl_easy_init")!.Return.Owned);
    }

    [Fact]
    public void An_out_parameter_constructor_pairs_with_its_release()
    {
        var kit = new InferenceKit().Opaque("db")
            .Function("db_open", CInt, P("path", Ptr(ConstChar)), P("out", Ptr(Ptr(Named("db")))))
            .Function("db_close", CInt, P("d", Ptr(Named("db"))));

        var (contract, _) = kit.Draft();

        Assert.Equal("db_close", contract.FindHandle("db")!.Release!.Name);
        var open = contract.FindFunction("db_open")!;
        Assert.Equal(Model.Contracts.OutKind.Owned, open.Parameters[1].Out);
        Assert.Equal(Model.Contracts.StringEncoding.Utf8, open.Parameters[0].String);
    }

    [Fact]
    public void A_release_verb_followed_by_another_noun_is_not_a_release()
    {
        var kit = new InferenceKit().Opaque("db")
            .Function("db_connect", Ptr(Named("db")))
            .Function("db_release_memory", CInt, P("d", Ptr(Named("db"))));

        var (contract, _) = kit.Draft();

        Assert.Null(contract.FindHandle("db")?.Release);
    }

    [Fact]
    public void Ownership_takes_on_a_one_argument_function_is_the_release()
    {
        var kit = new InferenceKit().Opaque("blob")
            .Function("blob_make", Ptr(Named("blob")))
            .Function("blob_recycle", CVoid, null, ["ownership_takes(malloc, 1)"], P("b", Ptr(Named("blob"))));

        var (contract, yaml) = kit.Draft();

        Assert.Equal("blob_recycle", contract.FindHandle("blob")!.Release!.Name);
        Assert.Contains("attribute ownership_takes(malloc, 1)", yaml);
    }

    [Fact]
    public void A_comment_that_calls_a_function_a_destructor_names_the_release()
    {
        var kit = new InferenceKit().Opaque("conn")
            .Function("conn_dial", Ptr(Named("conn")))
            .Function("conn_hangup", CVoid, "Destroy the connection and everything it holds.", [], P("c", Ptr(Named("conn"))));

        var (contract, _) = kit.Draft();

        Assert.Equal("conn_hangup", contract.FindHandle("conn")!.Release!.Name);
    }

    [Fact]
    public void A_struct_passed_by_value_is_never_a_handle()
    {
        var kit = new InferenceKit().Complete("point")
            .Function("point_make", Ptr(Named("point")))
            .Function("point_free", CVoid, P("p", Ptr(Named("point"))))
            .Function("point_length", CInt, P("p", Named("point")));

        var (contract, _) = kit.Draft();

        Assert.Empty(contract.Handles);
    }

    [Fact]
    public void Two_releases_are_alternatives_and_the_newer_variant_wins_a_tie()
    {
        var kit = new InferenceKit().Opaque("db")
            .Function("db_open", Ptr(Named("db")))
            .Function("db_close", CInt, P("d", Ptr(Named("db"))))
            .Function("db_close_v2", CInt, P("d", Ptr(Named("db"))));

        var (contract, yaml) = kit.Draft();

        Assert.Equal("db_close_v2", contract.FindHandle("db")!.Release!.Name);
        Assert.Contains("also frees it: db_close", yaml);
    }

    [Fact]
    public void An_opaque_struct_no_function_frees_is_a_borrowed_only_handle()
    {
        var kit = new InferenceKit().Opaque("ctx")
            .Function("ctx_user_data", Ptr(CVoid), P("c", Ptr(Named("ctx"))));

        var (contract, yaml) = kit.Draft();

        var handle = Assert.Single(contract.Handles);
        Assert.Null(handle.Release);
        Assert.Contains("borrowed only", yaml);
    }

    [Fact]
    public void Ref_and_unref_are_retain_and_release()
    {
        var kit = new InferenceKit().Opaque("obj")
            .Function("obj_new", Ptr(Named("obj")))
            .Function("obj_ref", Ptr(Named("obj")), P("o", Ptr(Named("obj"))))
            .Function("obj_unref", CVoid, P("o", Ptr(Named("obj"))));

        var (contract, _) = kit.Draft();

        var handle = contract.FindHandle("obj")!;
        Assert.Equal(("obj_unref", "obj_ref"), (handle.Release!.Name, handle.Retain!.Name));
    }

    [Theory]
    [InlineData("obj_up_ref", "obj_free")]
    [InlineData("obj_incref", "obj_decref")]
    [InlineData("obj_add_ref", "obj_destroy")]
    public void An_add_ref_beside_the_release_is_the_retain(string addRef, string release)
    {
        var kit = new InferenceKit().Opaque("obj")
            .Function("obj_new", Ptr(Named("obj")))
            .Function(addRef, CInt, P("o", Ptr(Named("obj"))))
            .Function(release, CVoid, P("o", Ptr(Named("obj"))));

        var (contract, _) = kit.Draft();

        var handle = contract.FindHandle("obj")!;
        Assert.Equal((release, addRef), (handle.Release!.Name, handle.Retain?.Name));
    }

    [Fact]
    public void An_argument_the_docs_say_the_function_takes_over_is_consumed()
    {
        var kit = new InferenceKit().Opaque("obj").Opaque("list")
            .Function("obj_new", Ptr(Named("obj")))
            .Function("obj_free", CVoid, P("o", Ptr(Named("obj"))))
            .Function("list_new", Ptr(Named("list")))
            .Function("list_free", CVoid, P("l", Ptr(Named("list"))))
            .Documented("list_append", CInt, new Documentation("Append an object.") { Params = new Dictionary<string, ParamDoc> { ["o"] = new("The object; the list takes ownership of it.", ParamDirection.In) } },
                P("l", Ptr(Named("list"))), P("o", Ptr(Named("obj"))))
            .Function("list_steal", CInt, "Add o to the list; this steals the reference to o.", [], P("l", Ptr(Named("list"))), P("o", Ptr(Named("obj"))))
            .Function("list_insert", CInt, "Insert o; the caller takes ownership of the returned index.", [], P("l", Ptr(Named("list"))), P("o", Ptr(Named("obj"))));

        var (contract, yaml) = kit.Draft();

        Assert.True(contract.FindFunction("list_append")!.Parameters[1].Consumed, yaml);
        Assert.False(contract.FindFunction("list_append")!.Parameters[0].Consumed);
        Assert.True(contract.FindFunction("list_steal")!.Parameters[1].Consumed, yaml);
        Assert.False(contract.FindFunction("list_insert")?.Parameters[1].Consumed ?? false);
        Assert.Contains("the list takes ownership of it.", yaml);
    }
}
