using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Pools;

/// <summary>
/// APR's pools (libapr1-dev, a pool-based library the generator was not written against) through tests/pools/apr.yaml:
/// the contract <c>bindingforge init</c> drafted (tests/pools/apr.draft.yaml) after review. A hash table or a subpool
/// used after its pool was cleared or destroyed throws ObjectDisposedException naming the pool; subpools destroyed by
/// their parent are never destroyed again (APR would crash on it); cleanups run exactly once, and their delegates are
/// freed once they ran; abandoned pools are destroyed by the finalizer, each with its cleanups.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class AprRunTests
{
    private const string Driver = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;

        namespace BindingForge.Apr;

        public static class Driver
        {
            static Driver() => Apr.Initialize();

            private static string Try(Func<object?> use)
            {
                try
                {
                    return $"ok:{use()}";
                }
                catch (ObjectDisposedException e)
                {
                    return $"ODE({e.ObjectName})";
                }
            }

            public static string ClearAndDestroy()
            {
                var pool = Apr.CreatePool();
                var hash = pool.MakeHash();
                string text = pool.Strdup("h\u00e9llo")!;
                string before = Try(() => hash.Count());
                pool.Clear();
                string afterClear = Try(() => hash.Count());
                var again = pool.MakeHash();
                string fresh = Try(() => again.Count());
                pool.Dispose();
                return $"{text} {before} {afterClear} {fresh} {Try(() => again.Count())} {Try(() => pool.MakeHash())}";
            }

            public static string Subpools()
            {
                using var root = Apr.CreatePool();
                var sub = Apr.CreatePool(root);
                var deep = Apr.CreatePool(sub);
                var hash = deep.MakeHash();
                int runs = 0;
                deep.RegisterCleanup(() => { runs++; return 0; });
                root.Clear();
                string result = $"{Try(() => sub.MakeHash())} {Try(() => deep.Strdup("x"))} {Try(() => hash.Count())} runs={runs}";
                deep.Dispose();   // destroyed by the clear already: nothing is freed twice
                sub.Dispose();
                var other = Apr.CreatePool(root);
                other.Dispose();  // a subpool destroyed on its own, then its parent
                return result + $" {Try(() => root.MakeHash().Count())}";
            }

            public static string Cleanups()
            {
                int registry = CallbackRegistry.LiveCount;
                var runs = new int[3];
                var pool = Apr.CreatePool();
                pool.RegisterCleanup(() => { runs[0]++; return 0; });
                pool.RegisterCleanup(() => { runs[1]++; return 0; });
                int registered = CallbackRegistry.LiveCount - registry;
                pool.Clear();
                int afterClear = CallbackRegistry.LiveCount - registry;
                pool.Clear();
                pool.RegisterCleanup(() => { runs[2]++; return 0; });
                pool.Dispose();
                return $"{string.Join(",", runs)} registered={registered} afterClear={afterClear} end={CallbackRegistry.LiveCount - registry}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon(int rounds, int[] runs)
            {
                for (var i = 0; i < rounds; i++)
                {
                    var pool = Apr.CreatePool();
                    var sub = Apr.CreatePool(pool);
                    pool.MakeHash();
                    sub.Strdup("abandoned");
                    pool.RegisterCleanup(() => { Interlocked.Increment(ref runs[0]); return 0; });
                    sub.RegisterCleanup(() => { Interlocked.Increment(ref runs[0]); return 0; });
                }
            }

            public static string Abandoned()
            {
                int registry = CallbackRegistry.LiveCount;
                var runs = new int[1];
                Abandon(200, runs);
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
                return $"cleanups={runs[0]} registry={CallbackRegistry.LiveCount - registry}";
            }
        }
        """;

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options("tests/pools/apr.yaml"), "SafeApr", Driver));

    private static string Text(string method) => (string)Bindings.Value.Invoke("BindingForge.Apr.Driver", method)!;

    [Fact]
    public void A_hash_used_after_its_pool_was_cleared_or_destroyed_throws_naming_the_pool()
    {
        Assert.Equal("héllo ok:0 ODE(Pool) ok:0 ODE(Pool) ODE(Pool)", Text("ClearAndDestroy"));
    }

    [Fact]
    public void Clearing_a_pool_ends_its_subpools_and_each_is_destroyed_once()
    {
        Assert.Equal("ODE(Pool) ODE(Pool) ODE(Pool) runs=1 ok:0", Text("Subpools"));
    }

    [Fact]
    public void Cleanups_run_exactly_once_and_their_delegates_go_with_the_clear()
    {
        Assert.Equal("1,1,1 registered=2 afterClear=0 end=0", Text("Cleanups"));
    }

    [Fact]
    public void Abandoned_pools_are_destroyed_once_by_the_finalizer_with_their_cleanups()
    {
        Assert.Equal("cleanups=400 registry=0", Text("Abandoned"));
    }
}
