using System.Text;
using BindingForge.Clang;
using BindingForge.Generator;
using BindingForge.Generator.Session;
using BindingForge.Review.Coverage;
using BindingForge.Review.Diff;
using BindingForge.Review.Inference;
using Xunit.Abstractions;

namespace BindingForge.Review.Tests;

/// <summary>
/// Cost linear in the input: every command's work on a synthetic header of N handle families (a constructor, a
/// destructor, a string function and a macro each), then on one twice as big, after a warm-up run. The work counter
/// is the bytes the managed code allocates, which is deterministic: linear work doubles it, and work that copies or
/// rebuilds what it has already seen (a list rebuilt per entry, text concatenated per line) grows with the square.
/// CPU time was tried as a second counter and rejected: under a test runner on two cores it moved by 0.6x-1.6x for
/// twice the input (JIT tiers, GC threads, other processes). Time, and with it lookups that scan a list without
/// allocating, is measured by benchmarks/generator/run.sh on headers of 20k to 400k lines.
/// </summary>
public sealed class ScaleTests(ITestOutputHelper output) : IDisposable
{
    private const int Size = 1500;
    private const double MaxAllocationGrowth = 2.3;

    private readonly string _folder = Directory.CreateTempSubdirectory("bf-scale-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Init_check_generate_and_diff_grow_linearly_with_the_header()
    {
        Work(Size); // warm-up: JIT tiers and heap sizes settle before anything is measured
        var small = Work(Size);
        var large = Work(2 * Size);

        foreach (var step in small.Keys)
        {
            var growth = (double)large[step] / small[step];
            output.WriteLine($"{step,-8} allocated {growth:F2}x ({small[step]:N0} -> {large[step]:N0} bytes)");
            Assert.True(growth <= MaxAllocationGrowth, $"{step}: twice the header allocated {growth:F2}x the bytes ({small[step]:N0} -> {large[step]:N0})");
        }
    }

    /// <summary>Each command's steps on a header of <paramref name="size"/> families; asserts every step did its job.</summary>
    private Dictionary<string, long> Work(int size)
    {
        var folder = Path.Combine(_folder, size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(folder);
        var header = Path.Combine(folder, "scale.h");
        File.WriteAllText(header, Header(size));
        var contractPath = Path.Combine(folder, "scale.yaml");
        var steps = new Dictionary<string, long>();

        var read = Step(steps, "parse", () => BindingSession.WithoutContract.Read(new HeaderReadRequest([header], [folder], [])));
        Assert.False(read.ReadFailed);
        var draft = Step(steps, "init", () => ContractInferrer.Infer(new InferenceRequest(read.Header!, "scale", ["scale.h"], ["."], []), contractPath));
        Assert.DoesNotContain(draft.Diagnostics, d => d.IsError);
        Assert.Equal(size, draft.Summary.HandlesWithRelease);
        File.WriteAllText(contractPath, draft.Yaml);

        var bound = Step(steps, "check", () => BindingSession.Load(contractPath).WithHeader(read.Header!).Bind());
        Assert.False(bound.HasErrors);
        var audit = Step(steps, "audit", () => ContractAudit.Run(bound, strict: true));
        Assert.Equal(1, audit.ExitCode); // every drafted fact is still `inferred`
        var options = new GeneratorOptions
        {
            Library = "scale", Namespace = "Scale", ClassName = "Scale", Style = BindingStyle.Safe,
            ContractPath = contractPath, OutputDirectory = Path.Combine(folder, "out"),
        };
        var generated = Step(steps, "generate", () => new Pipeline().Generate(read.Header!, options));
        Assert.True(generated.Succeeded, string.Join("\n", generated.Diagnostics));
        Assert.Equal(3 * size, generated.Summary.Functions);

        var side = new DiffSide(bound.Document!, read.Header!, "scale.yaml");
        var diff = Step(steps, "diff", () => ContractDiffer.Compare(side, side, "scale.yaml"));
        Assert.Empty(diff.Changes);
        return steps;
    }

    private static T Step<T>(Dictionary<string, long> steps, string name, Func<T> work)
    {
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var result = work();
        steps[name] = GC.GetTotalAllocatedBytes(precise: true) - bytes;
        return result;
    }

    /// <summary>Per family: an opaque handle with a constructor, a destructor and a documented string function, and a macro.</summary>
    private static string Header(int size)
    {
        var text = new StringBuilder("#include <stddef.h>\n");
        for (var i = 0; i < size; i++)
        {
            text.Append($"typedef struct scale_obj{i} scale_obj{i};\n")
                .Append($"/** Makes a new object {i}. */\nscale_obj{i} *scale_obj{i}_new(void);\n")
                .Append($"/** Frees the object. */\nvoid scale_obj{i}_free(scale_obj{i} *obj);\n")
                .Append($"/** The object's name. */\nconst char *scale_obj{i}_name(scale_obj{i} *obj, size_t *length);\n")
                .Append($"#define SCALE_LIMIT_{i} ({i} * 4 + 1)\n");
        }

        return text.ToString();
    }
}
