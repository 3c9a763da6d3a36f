using BindingForge.Contracts.Tests;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using static BindingForge.Review.Tests.Inference.InferenceKit;

namespace BindingForge.Review.Tests.Inference;

/// <summary>Arrays and their lengths, Doxygen directions, and comments that follow their prototype.</summary>
public sealed class ShapeRuleTests
{
    [Fact]
    public void Pointer_and_length_pairs_are_arrays_or_counted_text()
    {
        var kit = new InferenceKit()
            .Function("lib_write", CInt, P("data", Ptr(TestHeader.Const(CVoid))), P("len", SizeT))
            .Function("lib_read", CInt, P("dest", Ptr(CVoid)), P("destLen", Ptr(SizeT)))
            .Function("lib_run", CInt, P("sql", Ptr(ConstChar)), P("nByte", CInt))
            .Function("lib_uri_key", Ptr(ConstChar), P("z", Ptr(ConstChar)), P("N", CInt));

        var (contract, _) = kit.Draft();

        var write = contract.FindFunction("lib_write")!.Parameters[0];
        Assert.Equal((ArrayDirection.In, "byte", "len"), (write.Array!.Value, write.Element!.Spelling, ((ParameterLength)write.Length!).ParameterName));
        var read = contract.FindFunction("lib_read")!;
        Assert.Equal(ArrayDirection.Out, read.Parameters[0].Array);
        Assert.True(read.Parameters[1].InOut);
        var run = contract.FindFunction("lib_run")!.Parameters[0];
        Assert.Equal((StringEncoding.Utf8, "nByte"), (run.String!.Value, ((ParameterLength)run.Length!).ParameterName));
        Assert.Null(contract.FindFunction("lib_uri_key")!.Parameters[0].Length);
    }

    [Fact]
    public void Names_yaml_would_misread_are_quoted()
    {
        var kit = new InferenceKit().Function("lib_fill", CInt, P("on", Ptr(CVoid)), P("n", CInt));

        var (contract, yaml) = kit.Draft();

        Assert.Contains("  \"on\":", yaml);
        Assert.Contains("length: \"n\"", yaml);
        Assert.Equal("n", ((ParameterLength)contract.FindFunction("lib_fill")!.Parameters[0].Length!).ParameterName);
    }

    [Fact]
    public void Doxygen_out_on_a_scalar_pointer_is_caller_allocated_storage()
    {
        var doc = new Documentation("Get the size.")
        {
            Params = new Dictionary<string, ParamDoc> { ["size"] = new("receives the size", ParamDirection.Out), ["count"] = new("in: capacity; out: used", ParamDirection.InOut) },
        };
        var kit = new InferenceKit().Documented("lib_size", CInt, doc, P("size", Ptr(CInt)), P("count", Ptr(CInt)));

        var (contract, yaml) = kit.Draft();

        var function = contract.FindFunction("lib_size")!;
        Assert.Equal(OutKind.CallerAllocates, function.Parameters[0].Out);
        Assert.True(function.Parameters[1].InOut);
        Assert.Contains("Doxygen \\\\param[out] size", yaml);
    }

    [Fact]
    public void Comments_written_after_their_prototype_are_not_attributed_to_the_next_function()
    {
        var kit = new InferenceKit();
        string[] names = ["z_a", "z_b", "z_c", "z_d", "z_e"];
        for (var i = 0; i < names.Length; i++)
        {
            var doc = i == 0 ? null : $"{names[i - 1]}() returns a string the caller must free.";
            kit.Function(names[i], Ptr(CChar), doc, []);
        }

        var docs = new DocIndex(kit.Model());

        Assert.False(docs.OwnersAreReliable);
        Assert.All(docs.All, s => Assert.Null(s.Owner));
    }
}
