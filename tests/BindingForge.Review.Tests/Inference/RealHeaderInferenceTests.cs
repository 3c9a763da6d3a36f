using BindingForge.Clang;
using BindingForge.Generator.Session;
using BindingForge.Model.Contracts;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// Inference end to end on a header parsed by libclang: attributes, nullability and Doxygen comments reach the rules
/// as the reader gives them, and the draft passes the same check as <c>bindingforge check</c>.
/// </summary>
public sealed class RealHeaderInferenceTests
{
    private const string Header = """
        #include <stddef.h>
        typedef struct pool pool;

        /** Create a pool. \return a new pool; destroy it with pool_destroy(). */
        pool *pool_create(void) __attribute__((warn_unused_result));

        /** Destroy a pool and everything in it. */
        void pool_destroy(pool *p) __attribute__((ownership_takes(pool, 1)));

        /**
         * Copy text into the pool.
         * \param[in] p the pool
         * \param[in] text the text to copy, or NULL for an empty string
         * \param[out] out_len receives the length
         */
        char *pool_strdup(pool *p, const char *_Nullable text, size_t *out_len) __attribute__((malloc));

        /** Free memory the library allocated. */
        void pool_free(void *ptr);

        /** The pool's name. Do not free it. */
        const char *_Nonnull pool_name(pool *_Nonnull p);
        """;

    private static (InferenceResult Result, BindingSession Check) Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-infer-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "pool.h"), Header);
        var read = new HeaderReader().Read(new HeaderReadRequest(["pool.h"], [folder], []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics));
        var draftPath = Path.Combine(folder, "draft.yaml");
        var result = ContractInferrer.Infer(new InferenceRequest(read.Model, "pool", ["pool.h"], ["."], []), draftPath);
        File.WriteAllText(draftPath, result.Yaml);
        return (result, BindingSession.Load(draftPath).WithHeader(read.Model).Bind());
    }

    [Fact]
    public void The_draft_of_a_real_header_passes_check()
    {
        var (result, check) = Run();

        Assert.Empty(result.Diagnostics);
        Assert.True(check.Diagnostics.IsEmpty, string.Join("\n", check.Diagnostics) + "\n" + result.Yaml);
    }

    [Fact]
    public void Attributes_and_doxygen_from_libclang_become_facts()
    {
        var (result, check) = Run();
        var contract = check.Contract!;

        Assert.Equal("pool_destroy", contract.FindHandle("pool")!.Release!.Name);
        Assert.Contains("attribute ownership_takes(pool, 1)", result.Yaml);
        Assert.NotNull(contract.FindFunction("pool_create")!.Return.Owned);
        var strdup = contract.FindFunction("pool_strdup")!;
        Assert.Equal("pool_free", strdup.Return.Owned!.Free!.Name);
        Assert.True(strdup.Parameters[1].Nullable);
        Assert.Equal(OutKind.CallerAllocates, strdup.Parameters[2].Out);
        var name = contract.FindFunction("pool_name")!.Return;
        Assert.Equal((true, false), (name.Borrowed is not null, name.Nullable));
    }
}
