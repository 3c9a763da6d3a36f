using BindingForge.Clang;
using BindingForge.Generator.Session;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// <c>init</c> drafts <c>bool: true</c> for an integer result whose name asks a question and whose comment says it
/// answers one ("returns 1 if"), and not for one that also returns other numbers or whose name asks nothing.
/// </summary>
public sealed class YesNoInferenceTests
{
    private const string Header = """
        typedef struct pool pool;

        /** The pool_is_empty() function returns 1 if the pool holds nothing, and 0 otherwise. */
        int pool_is_empty(pool *p);

        /** The pool_readonly() function returns true (non-zero) if and only if the pool cannot change. */
        int pool_readonly(pool *p);

        /** The pool_is_frozen() function returns 1 if the pool is frozen, or 2 if it is being thawed. */
        int pool_is_frozen(pool *p);

        /** The pool_count() function returns 1 if there is one item; in general, the number of items. */
        int pool_count(pool *p);
        """;

    [Fact]
    public void Yes_no_answers_are_drafted_as_bool_and_bind()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-yesno-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pool.h"), Header);
        var read = new HeaderReader().Read(new HeaderReadRequest(["pool.h"], [folder], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var draftPath = Path.Combine(folder, "draft.yaml");
        var result = ContractInferrer.Infer(new InferenceRequest(read.Model, "pool", ["pool.h"], ["."], []), draftPath);
        File.WriteAllText(draftPath, result.Yaml);
        var contract = BindingSession.Load(draftPath).WithHeader(read.Model).Bind().Contract!;

        var drafted = new[] { "pool_is_empty", "pool_readonly", "pool_is_frozen", "pool_count" }
            .Select(f => contract.FindFunction(f)?.Return.IsBool == true);
        Assert.Equal([true, true, false, false], drafted);
        Assert.Contains("status: inferred", result.Yaml, StringComparison.Ordinal);
    }
}
