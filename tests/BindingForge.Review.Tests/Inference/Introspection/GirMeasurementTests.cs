using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Review.Inference;
using Xunit.Abstractions;

namespace BindingForge.Review.Tests.Inference.Introspection;

/// <summary>
/// The measurement of docs/inference.md: contracts drafted for real annotated libraries of different maintainers
/// (json-glib, HarfBuzz, gdk-pixbuf, libnotify; their -dev packages come from scripts/setup.sh), scored against
/// their installed .gir (<see cref="GirScore"/>): with the .gir, and from the headers alone (<c>--no-gir</c>).
/// </summary>
public sealed class GirMeasurementTests(ITestOutputHelper output)
{
    public static TheoryData<string, string, string, string> Libraries => new()
    {
        { "json-glib-1.0", "json-glib/json-glib.h", "Json-1.0.gir", "json-glib-1.0" },
        { "harfbuzz", "hb.h", "HarfBuzz-0.0.gir", "harfbuzz" },
        { "gdk_pixbuf-2.0", "gdk-pixbuf/gdk-pixbuf.h", "GdkPixbuf-2.0.gir", "gdk-pixbuf-2.0" },
        { "notify", "libnotify/notify.h", "Notify-0.7.gir", "libnotify" },
    };

    private static string[] IncludeDirs(string package)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pkg-config", ["--cflags-only-I", package]) { RedirectStandardOutput = true };
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pkg-config knows no {package}: run scripts/setup.sh");
        return [.. text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Where(f => f.StartsWith("-I", StringComparison.Ordinal)).Select(f => f[2..])];
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Drafts_state_the_gir_facts_and_headers_alone_stay_precise(string library, string header, string gir, string package)
    {
        var girPath = Path.Combine("/usr/share/gir-1.0", gir);
        Assert.True(File.Exists(girPath), $"{girPath} is missing: run scripts/setup.sh");
        var dirs = IncludeDirs(package);
        var read = new HeaderReader().Read(new HeaderReadRequest([header], [.. dirs], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics.Take(5)));
        var request = new InferenceRequest(read.Model, library, [header], [.. dirs], []);
        var stated = GirScore.Stated(girPath, read.Model);
        var girFunctions = stated.Keys.Select(k => k.Item1).ToHashSet(StringComparer.Ordinal);
        var withGir = Score(request with { Gir = girPath }, stated, girFunctions);
        var alone = Score(request, stated, girFunctions);
        output.WriteLine($"{library}: {read.Model.Functions.Length} functions; with the .gir: {withGir}; headers alone: {alone}");
        foreach (var mistake in withGir.Mistakes.Take(8))
            output.WriteLine("  wrong with the .gir: " + mistake);
        Assert.True(withGir.Precision >= 0.99, $"with the .gir: {withGir}");
        Assert.True(withGir.Recall > alone.Recall, $"the .gir adds nothing: {withGir} vs {alone}");
    }

    private static GirScore.Result Score(InferenceRequest request, Dictionary<(string, string, string), string> stated, HashSet<string> functions)
    {
        var result = ContractInferrer.Infer(request, "draft.yaml");
        var load = ContractLoader.LoadText(result.Yaml, "draft.yaml");
        Assert.NotNull(load.Document);
        return GirScore.Score(stated, GirScore.Drafted(load.Document!), functions);
    }
}
