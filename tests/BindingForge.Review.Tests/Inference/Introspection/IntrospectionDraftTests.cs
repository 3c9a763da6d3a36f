using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model.Header;
using BindingForge.Review.Inference;
using BindingForge.Review.Inference.Gir;

namespace BindingForge.Review.Tests.Inference.Introspection;

/// <summary>
/// <c>init</c> on the fixture's annotated object system (tests/native/objects.h, src/objects.c, objects.gir): the
/// annotations of the header, of the sources and of the .gir become facts, each with its provenance at the line that
/// states it; the .gir is checked against the header; each draft binds as <c>check</c> binds it.
/// </summary>
public sealed class IntrospectionDraftTests
{
    private static string Native => Path.Combine(Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..")), "tests", "native");

    private static readonly Lazy<HeaderModel> Header = new(() =>
    {
        var read = new HeaderReader().Read(new HeaderReadRequest([Path.Combine(Native, "objects.h")], [Native], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        return read.Model;
    });

    private static (InferenceResult Result, BindingSession Check) Draft(Func<InferenceRequest, InferenceRequest> options)
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-gi-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "draft.yaml");
        var request = options(new InferenceRequest(Header.Value, "bffixture", ["objects.h"], [Native], []));
        var result = ContractInferrer.Infer(request, path);
        File.WriteAllText(path, result.Yaml);
        return (result, BindingSession.Load(path).WithHeader(Header.Value).Bind());
    }

    /// <summary>The 1-based line of the first line of <paramref name="file"/> holding <paramref name="text"/>.</summary>
    private static int LineOf(string file, string text) =>
        File.ReadAllLines(Path.Combine(Native, file)).ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    private static string Entry(string yaml, string function)
    {
        var start = yaml.IndexOf("\n  " + function + ":", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no entry {function} in\n{yaml}");
        var end = yaml.IndexOf("\n  bf", start + 3, StringComparison.Ordinal);
        return end < 0 ? yaml[start..] : yaml[start..end];
    }

    [Fact]
    public void Header_annotations_become_facts_with_their_comment_line()
    {
        var (result, check) = Draft(r => r);
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var yaml = result.Yaml;
        Assert.Contains("callback: { scope: call, user_data: data }", Entry(yaml, "bfo_shape_visit"));
        Assert.Contains($"annotation (scope call) (closure data) at objects.h:{LineOf("objects.h", "@visit: (scope call)")}", Entry(yaml, "bfo_shape_visit"));
        Assert.Contains("callback: { scope: notified, user_data: data, destroy: destroy }", Entry(yaml, "bfo_shape_watch"));
        Assert.Contains("array: in", Entry(yaml, "bfo_sum_sizes"));
        Assert.Contains("nullable: true", Entry(yaml, "bfo_list_length"));
        Assert.Contains("borrowed: true", Entry(yaml, "bfo_shape_as_object"));
        // bfo_ref returns `void *` annotated as an object: no deallocator of a void * may be guessed for it
        Assert.DoesNotContain("bfo_ref:", yaml);
    }

    [Fact]
    public void Source_annotations_beat_a_getters_name()
    {
        var (without, _) = Draft(r => r);
        Assert.Contains("borrowed: true", Entry(without.Yaml, "bfo_shape_get_label"));
        var (result, check) = Draft(r => r with { Sources = [Path.Combine(Native, "src")] });
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var label = Entry(result.Yaml, "bfo_shape_get_label");
        Assert.Contains("owned: { free: bfo_free }", label);
        Assert.Contains($"annotation (transfer full) at objects.c:{LineOf("src/objects.c", "Returns: (transfer full): \"name")}", label);
        var measure = Entry(result.Yaml, "bfo_shape_measure");
        Assert.Contains("out: caller-allocates", measure);
        Assert.Contains("optional: true", measure);
        Assert.Contains("nullable: true", Entry(result.Yaml, "bfo_shape_find"));
    }

    [Fact]
    public void A_gir_states_the_same_facts_with_gir_provenance()
    {
        var gir = Path.Combine(Native, "objects.gir");
        var (result, check) = Draft(r => r with { Gir = gir });
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        Assert.Contains(result.Diagnostics, d => d.Id == ContractDiagnosticIds.IntrospectionSource);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is ContractDiagnosticIds.GirArityDrift or ContractDiagnosticIds.GirFunctionsMissing);
        var label = Entry(result.Yaml, "bfo_shape_get_label");
        Assert.Contains("owned: { free: bfo_free }", label);
        Assert.Contains($"gir: objects.gir:{LineOf("objects.gir", "c:identifier=\"bfo_shape_get_label\"") + 1} transfer-ownership=\\\"full\\\"", label);
        var measure = Entry(result.Yaml, "bfo_shape_measure");
        Assert.Contains("out: caller-allocates", measure);
        Assert.Contains("optional: true", measure);
        Assert.Contains("callback: { scope: notified, user_data: data, destroy: destroy }", Entry(result.Yaml, "bfo_shape_watch"));
        Assert.DoesNotContain("scope: async", result.Yaml); // the scanner's scope of a destroy notify is not a callback
    }

    [Fact]
    public void A_gir_of_another_version_shows_as_drift_and_its_changed_functions_are_not_used()
    {
        var text = File.ReadAllText(Path.Combine(Native, "objects.gir"))
            .Replace("""<parameter name="data" transfer-ownership="none" nullable="1" allow-none="1">""",
                """<parameter name="flags" transfer-ownership="none"><type name="gint" c:type="int"/></parameter><parameter name="data" transfer-ownership="none" nullable="1" allow-none="1">""", StringComparison.Ordinal)
            .Replace("""<function name="free" c:identifier="bfo_free">""", """<function name="resize" c:identifier="bfo_shape_resize"><parameters/></function><function name="free" c:identifier="bfo_free">""", StringComparison.Ordinal);
        var gir = Path.Combine(Path.GetTempPath(), "bf-gi-drift-" + Guid.NewGuid().ToString("N")[..8] + ".gir");
        File.WriteAllText(gir, text);
        var (result, _) = Draft(r => r with { Gir = gir });
        var drift = result.Diagnostics.Where(d => d.Id == ContractDiagnosticIds.GirArityDrift).ToList();
        Assert.Equal(["bfo_shape_visit", "bfo_shape_watch"], drift.Select(d => d.Message.Split('`')[1]));
        Assert.All(drift, d => Assert.Equal(gir, d.Location!.File));
        var missing = Assert.Single(result.Diagnostics, d => d.Id == ContractDiagnosticIds.GirFunctionsMissing);
        Assert.Contains("`bfo_shape_resize`", missing.Message);
        Assert.DoesNotContain("gir:", Entry(result.Yaml, "bfo_shape_visit")); // facts of a drifted function are not used
    }

    [Fact]
    public void An_unreadable_gir_is_an_error_at_the_file()
    {
        var gir = Path.Combine(Path.GetTempPath(), "bf-gi-bad-" + Guid.NewGuid().ToString("N")[..8] + ".gir");
        File.WriteAllText(gir, "not xml");
        var (result, _) = Draft(r => r with { Gir = gir });
        var error = Assert.Single(result.Diagnostics, d => d.Id == ContractDiagnosticIds.GirUnreadable);
        Assert.True(error.IsError);
        Assert.Equal((gir, 1), (error.Location!.File, error.Location.Line));
    }

    [Fact]
    public void GI_search_rules_find_the_librarys_gir_by_its_shared_library()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-gi-path-" + Guid.NewGuid().ToString("N")[..8]);
        var data = Path.Combine(folder, "data");
        Directory.CreateDirectory(Path.Combine(data, "gir-1.0"));
        File.Copy(Path.Combine(Native, "objects.gir"), Path.Combine(data, "gir-1.0", "Bfo-1.0.gir"));
        string? Env(string name) => name == "XDG_DATA_DIRS" ? data : null;
        Assert.Equal(Path.Combine(data, "gir-1.0", "Bfo-1.0.gir"), GirLocator.Find("bffixture", Env));
        Assert.Equal(Path.Combine(data, "gir-1.0", "Bfo-1.0.gir"), GirLocator.Find("bffixture-objects", Env)); // its package
        Assert.Null(GirLocator.Find("no-such-library", Env));
        string? First(string name) => name == "GI_GIR_PATH" ? Native : Env(name);
        Assert.Equal(Path.Combine(Native, "objects.gir"), GirLocator.Find("bffixture", First)); // GI_GIR_PATH comes first
        Assert.Equal([Native, "/home/x/.local/share/gir-1.0"], GirLocator.SearchPath(n => n switch { "GI_GIR_PATH" => Native, "HOME" => "/home/x", _ => null }).Take(2).ToArray());
        Assert.Equal(["/usr/local/share/gir-1.0", "/usr/share/gir-1.0"], GirLocator.SearchPath(_ => null).ToArray());
    }
}
