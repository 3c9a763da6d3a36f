using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Review.Tests.Inference.Introspection;

/// <summary>
/// <c>check</c> on the object-system vocabulary against the fixture's objects.h: a release through a base's
/// <c>void *</c> function is accepted in a hierarchy and refused outside one; a handle inherits its base's release,
/// retain and sink; <c>free:</c> must free one pointer; <c>floating</c> needs a sink; <c>elements</c> needs a
/// container's two-argument free. Each refusal is one diagnostic at the YAML line of the fact.
/// </summary>
public sealed class ObjectSystemContractTests
{
    private static string Native => Path.Combine(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..")), "tests", "native");

    private static readonly Lazy<HeaderModel> Header = new(() =>
    {
        var read = new HeaderReader().Read(new HeaderReadRequest([Path.Combine(Native, "objects.h")], [Native], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Model;
    });

    private const string Prefix = "bindingforge: 1\nlibrary:\n  name: bffixture\n  headers: [objects.h]\n";

    private static BindingSession Check(string body) => BindingSession.LoadText(Prefix + body, "objects.yaml").WithHeader(Header.Value).Bind();

    private static Diagnostic One(BindingSession session, string id, string text)
    {
        var errors = session.Diagnostics.Where(d => d.IsError).ToList();
        var diagnostic = Assert.Single(errors);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(text, diagnostic.Message);
        return diagnostic;
    }

    private const string Objects = "handles:\n  bfo_object: { release: bfo_unref, retain: bfo_ref, sink: bfo_ref_sink }\n  bfo_shape: { base: bfo_object }\n";

    [Fact]
    public void A_derived_handle_inherits_its_bases_void_pointer_release_retain_and_sink()
    {
        var session = Check(Objects + "functions:\n  bfo_shape_new:\n    returns: { owned: { floating: true } }\n  bfo_shape_copy:\n    returns: { owned: true }\n");
        Assert.DoesNotContain(session.Diagnostics, d => d.IsError);
        var shape = Assert.Single(session.Contract!.Handles, h => h.CTypeName == "bfo_shape");
        Assert.Equal(("bfo_unref", "bfo_ref", "bfo_ref_sink", "bfo_object"), (shape.Release?.Name, shape.Retain?.Name, shape.Sink?.Name, shape.Base));
        Assert.True(session.Contract.Functions.Single(f => f.Decl.Name == "bfo_shape_new").Return.Owned!.IsFloating);
    }

    [Fact]
    public void Outside_a_hierarchy_a_void_pointer_release_is_still_BF2105()
    {
        var diagnostic = One(Check("handles:\n  bfo_shape: { release: bfo_unref }\n"), ContractDiagnosticIds.WrongSignatureForRole, "must take exactly one argument, a `bfo_shape` handle");
        Assert.Equal(6, diagnostic.Location.Line);
    }

    [Fact]
    public void A_base_that_is_no_handle_or_makes_a_cycle_is_BF2170()
    {
        One(Check("handles:\n  bfo_shape: { base: bfo_objekt }\n"), ContractDiagnosticIds.BaseNotAHandle, "`bfo_objekt` is not a handle of this contract");
        var cycle = Check("handles:\n  bfo_object: { base: bfo_shape }\n  bfo_shape: { base: bfo_object }\n");
        Assert.Contains("makes a cycle", Assert.Single(cycle.Diagnostics, d => d.Id == ContractDiagnosticIds.BaseNotAHandle).Message); // once per cycle
    }

    [Fact]
    public void A_free_function_that_cannot_free_one_pointer_is_BF2105()
    {
        var diagnostic = One(Check("functions:\n  bfo_shape_get_label:\n    returns: { string: utf8, owned: { free: bfo_list_free_full } }\n"),
            ContractDiagnosticIds.WrongSignatureForRole, "free function `bfo_list_free_full(bfo_list *, bfo_destroy_fn)` must take exactly one argument");
        Assert.Equal((7, 45), (diagnostic.Location.Line, diagnostic.Location.Column));
    }

    [Fact]
    public void A_floating_result_needs_a_sink_BF2171()
    {
        One(Check("handles:\n  bfo_object: { release: bfo_unref }\n  bfo_shape: { base: bfo_object }\nfunctions:\n  bfo_shape_new:\n    returns: { owned: { floating: true } }\n"),
            ContractDiagnosticIds.FloatingWithoutSink, "has no `sink`");
    }

    [Fact]
    public void A_container_owned_with_its_elements_needs_a_two_argument_free_BF2172()
    {
        var good = Check(Objects + "functions:\n  bfo_shapes_make:\n    returns: { owned: { free: bfo_list_free_full, elements: bfo_unref } }\n");
        Assert.DoesNotContain(good.Diagnostics, d => d.IsError);
        var owned = good.Contract!.Functions.Single(f => f.Decl.Name == "bfo_shapes_make").Return.Owned!;
        Assert.Equal(("bfo_list_free_full", "bfo_unref"), (owned.Free?.Name, owned.Elements?.Name));
        One(Check(Objects + "functions:\n  bfo_shapes_make:\n    returns: { owned: { free: bfo_list_free, elements: bfo_unref } }\n"),
            ContractDiagnosticIds.ElementsDoNotFit, "must take the container and a function that releases one element");
        One(Check(Objects + "functions:\n  bfo_shapes_make:\n    returns: { owned: { free: bfo_list_free_full, elements: bfo_list_free_full } }\n"),
            ContractDiagnosticIds.ElementsDoNotFit, "must take exactly one argument, the pointer to one element");
    }
}
