using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Pools;

/// <summary>
/// tests/native/pool.yaml generated in the safe style, compiled with the runtime and run against the fixture's pool
/// API, whose own counters (live pools and nodes, cleanups run, stale uses, double destroys) prove each rule: a use
/// after clear or destroy is a managed ObjectDisposedException naming the pool and never reaches native code, a
/// subpool ends with its parent, cleanups run exactly once and their registrations go with them, nothing leaks.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class PoolRunTests
{
    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(PoolContract(), SafeBindings.FixtureLibrary), "SafePools", PoolDriver.Source));

    /// <summary>The control: the same contract without <c>clears: pool</c>, so nothing tells the nodes their pool was cleared.</summary>
    private static readonly Lazy<LoadedAssembly> WithoutClears = new(() => SafeBindings.Load(
        SafeBindings.Options(PoolContract("pool-noclears.yaml", "  bfp_pool_clear:\n    clears: pool\n"), SafeBindings.FixtureLibrary), "SafePoolsNoClears", PoolDriver.Source));

    private static readonly TempDirectory Contracts = new();

    private static string Text(string method) => (string)Bindings.Value.Invoke("BindingForge.Pools.Driver", method)!;

    private static void AssertNoMisuse() => Assert.Equal("stale=0 double=0", Text("Errors"));

    /// <summary>pool.yaml with its include folder made absolute.</summary>
    private static string PoolContract(string name = "pool.yaml", string? remove = null)
    {
        var native = Path.Combine(SafeBindings.Root, "tests", "native");
        var path = Path.Combine(Contracts.Path, name);
        var text = File.ReadAllText(Path.Combine(native, "pool.yaml")).Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal);
        if (remove is not null)
        {
            Assert.Contains(remove, text);
            text = text.Replace(remove, "", StringComparison.Ordinal);
        }
        File.WriteAllText(path, text);
        return path;
    }

    public PoolRunTests() => Bindings.Value.Invoke("BindingForge.Pools.Driver", "Reset");

    private string Run(string method)
    {
        var before = Text("Live");
        var result = Text(method);
        Assert.Equal(before, Text("Live"));
        AssertNoMisuse();
        return result;
    }

    [Fact]
    public void A_node_used_after_its_pool_was_cleared_throws_ObjectDisposedException_naming_the_pool()
    {
        // before, the copied text, after the clear (get and set), a fresh node of the same pool, the pool's count
        Assert.Equal("ok:7 node 7 ODE(Pool) ODE(Pool) ok:8 count=1 True", Run("UseAfterClear"));
    }

    [Fact]
    public void Without_the_clears_fact_a_use_after_clear_reaches_the_library()
    {
        // The control for the test above: the fixture counts the stale calls the safe layer did not stop.
        WithoutClears.Value.Invoke("BindingForge.Pools.Driver", "Reset");
        Assert.Equal("ok:7 node 7 ok:-1 ok: ok:8 count=1 False", (string)WithoutClears.Value.Invoke("BindingForge.Pools.Driver", "UseAfterClear")!);
        Assert.Equal("stale=2 double=0", (string)WithoutClears.Value.Invoke("BindingForge.Pools.Driver", "Errors")!);
        WithoutClears.Value.Invoke("BindingForge.Pools.Driver", "Reset");
    }

    [Fact]
    public void A_buffer_view_of_pool_memory_refuses_to_read_after_the_clear()
    {
        Assert.Equal("4:7:True False stale", Run("BufferViewEndsWithClear"));
    }

    [Fact]
    public void A_node_used_after_its_pool_was_destroyed_throws_and_the_pool_too()
    {
        Assert.Equal("ODE(Pool) ODE(Pool) ODE(Pool)", Run("UseAfterDestroy"));
    }

    [Fact]
    public void Clearing_a_pool_ends_its_subpools_and_their_objects_recursively()
    {
        // the subpool, its node, a subpool of the subpool and its node; two pools destroyed natively by the clear
        Assert.Equal("ODE(Pool) ODE(Pool) ODE(Pool) ODE(Pool) 2 ok:0", Run("SubpoolEndsWithParentClear"));
    }

    [Fact]
    public void A_subpool_and_its_parent_are_each_destroyed_once_in_either_order()
    {
        Assert.Equal("ok:1", Run("SubpoolDisposedFirst"));
        Assert.Equal("ODE(Pool)", Run("ParentDisposedFirst"));
    }

    [Fact]
    public void Cleanups_run_exactly_once_and_their_registrations_end_with_the_clear()
    {
        Assert.Equal("1,1,1,1 registered=3 afterClear=0 end=0 native=4", Run("CleanupsRunOnce"));
    }

    [Fact]
    public void A_subpools_cleanup_runs_once_when_the_parent_is_cleared()
    {
        Assert.Equal("1 1 end=0", Run("SubpoolCleanupRunsWithParent"));
    }

    [Fact]
    public void A_stolen_node_lives_and_dies_with_its_new_pool()
    {
        Assert.Equal("ok:11 ODE(Pool) True", Run("StealMovesTheNode"));
    }

    [Fact]
    public void Subpools_finalized_while_their_parent_is_cleared_on_another_thread_are_destroyed_once()
    {
        Assert.Equal("nodes=0", Run("FinalizerRacesClear"));
    }

    [Fact]
    public void Abandoned_pools_are_destroyed_exactly_once_by_the_finalizer_with_their_cleanups()
    {
        // 100 rounds, two cleanups each, each run once (by a clear or by the destroy)
        Assert.Equal("cleanups=200", Run("AbandonedPoolsAreDestroyedOnce"));
    }
}
