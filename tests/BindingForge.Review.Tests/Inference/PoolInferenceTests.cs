using BindingForge.Clang;
using BindingForge.Generator.Session;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// <c>init</c> drafts the pool facts from the usual evidence (docs/inference.md, "Pools"): a parameter documented as
/// where memory is allocated from makes its handle a pool and the result <c>from_pool</c> it; an out pool with a
/// parent pool is a subpool; a clear, a cleanup registration and a steal get <c>clears</c>, <c>scope: pool</c> and
/// <c>moves_to</c>. On the fixture's pool.h and on APR's real headers; each draft binds as <c>check</c> binds it.
/// </summary>
public sealed class PoolInferenceTests
{
    [Fact]
    public void The_fixtures_pool_header_drafts_every_pool_fact_of_its_reviewed_contract()
    {
        var native = Path.Combine(HeaderDrafts.Root, "tests", "native");
        var (result, check) = HeaderDrafts.Draft([Path.Combine(native, "pool.h")], [native], []);
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var yaml = result.Yaml;
        Assert.Contains("pool: true", HeaderDrafts.Entry(yaml, "bfp_pool"));
        Assert.DoesNotContain("pool: true", HeaderDrafts.Entry(yaml, "bfp_node"));
        Assert.Contains("clears: pool", HeaderDrafts.Entry(yaml, "bfp_pool_clear"));
        Assert.Contains("from_pool: pool", HeaderDrafts.Entry(yaml, "bfp_node_make"));
        Assert.DoesNotContain("owned", HeaderDrafts.Entry(yaml, "bfp_node_make").Split("note:")[0]); // "do not free": not owned
        var create = HeaderDrafts.Entry(yaml, "bfp_pool_create");
        Assert.Contains("owned: true", create);
        Assert.Contains("from_pool: parent", create);
        Assert.Contains("callback: { scope: pool, user_data: data }", HeaderDrafts.Entry(yaml, "bfp_cleanup_register"));
        Assert.Contains("moves_to: to", HeaderDrafts.Entry(yaml, "bfp_node_steal"));
        Assert.Contains("status: inferred", HeaderDrafts.Entry(yaml, "bfp_pool_clear"));
    }

    [Fact]
    public void APRs_headers_draft_pools_subpools_clears_cleanups_and_pool_allocated_results()
    {
        const string apr = "/usr/include/apr-1.0";
        Assert.True(File.Exists(Path.Combine(apr, "apr_pools.h")), "libapr1-dev is missing: run scripts/setup.sh");
        var headers = new[] { "apr_pools.h", "apr_hash.h", "apr_strings.h", "apr_general.h" }.Select(h => Path.Combine(apr, h)).ToArray();
        var (result, check) = HeaderDrafts.Draft(headers, [apr],
            ["apr_pool_create_ex", "apr_pool_destroy", "apr_pool_clear", "apr_pool_cleanup_register", "apr_hash_make", "apr_hash_count", "apr_hash_clear", "apr_pstrdup"]);
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        var yaml = result.Yaml;
        Assert.Contains("pool: true", HeaderDrafts.Entry(yaml, "apr_pool_t"));
        Assert.DoesNotContain("pool: true", HeaderDrafts.Entry(yaml, "apr_hash_t"));
        Assert.Contains("clears: p", HeaderDrafts.Entry(yaml, "apr_pool_clear"));
        Assert.DoesNotContain("clears", HeaderDrafts.Entry(yaml, "apr_hash_clear")); // clears a hash table, not a pool: only its mutability
        Assert.Contains("from_pool: parent", HeaderDrafts.Entry(yaml, "apr_pool_create_ex"));
        Assert.Contains("from_pool: pool", HeaderDrafts.Entry(yaml, "apr_hash_make"));
        Assert.Contains("from_pool: p", HeaderDrafts.Entry(yaml, "apr_pstrdup"));
        Assert.Contains("callback: { scope: pool, user_data: data }", HeaderDrafts.Entry(yaml, "apr_pool_cleanup_register"));
    }

    [Fact]
    public void A_handle_named_pool_without_allocation_evidence_is_not_drafted_as_one()
    {
        var folder = Path.Combine(Path.GetTempPath(), "bf-pool-none-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "thread_pool.h"), """
            typedef struct tpool tpool;
            /** Creates a thread pool. */
            tpool *tpool_create(int threads);
            /** Destroys the thread pool. */
            void tpool_destroy(tpool *pool);
            /** Removes every queued job. @param pool The pool whose queue to clear */
            void tpool_clear(tpool *pool);
            """);
        var (result, check) = HeaderDrafts.Draft([Path.Combine(folder, "thread_pool.h")], [folder], []);
        Assert.DoesNotContain(check.Diagnostics, d => d.IsError);
        Assert.DoesNotContain("pool: true", result.Yaml);
        Assert.DoesNotContain("clears:", result.Yaml);
    }
}
