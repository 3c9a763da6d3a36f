namespace BindingForge.Generator.Tests.Pools;

/// <summary>
/// The C# that runs the generated bindings of tests/native/pool.yaml: compiled with them, one static method per
/// scenario, each returning what the test asserts on (values, exception names and the pool API's own counters).
/// </summary>
internal static class PoolDriver
{
    public const string Source = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;

        namespace BindingForge.Pools;

        public static class Driver
        {
            public static string Errors() => $"stale={Pools.StaleUses()} double={Pools.DoubleDestroys()}";

            public static void Reset() => Pools.ResetCounters();

            public static string Live() => $"pools={Pools.LivePools()} nodes={Pools.LiveNodes()} callbacks={CallbackRegistry.LiveCount}";

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

            private static void Collect()
            {
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            }

            /// <summary>A node used after its pool was cleared; the pool itself goes on.</summary>
            public static string UseAfterClear()
            {
                using var pool = Pool.Create();
                var node = pool.NodeMake(7);
                string text = node.Describe();
                string before = Try(() => node.Value());
                pool.Clear();
                string after = Try(() => node.Value());
                string set = Try(() => { node.SetValue(1); return null; });
                var fresh = pool.NodeMake(8);
                return $"{before} {text} {after} {set} {Try(() => fresh.Value())} count={pool.NodeCount()} {node.IsScopeEnded}";
            }

            /// <summary>A buffer view of pool memory: readable until the pool is cleared, then it refuses.</summary>
            public static string BufferViewEndsWithClear()
            {
                using var pool = Pool.Create();
                var view = pool.Bytes(7);
                string before = $"{view.Length}:{view[0]}:{view.IsValid}";
                pool.Clear();
                string after;
                try
                {
                    after = view[0].ToString();
                }
                catch (ObjectDisposedException)
                {
                    after = "ObjectDisposedException";
                }
                catch (InvalidOperationException)
                {
                    after = "stale";
                }
                return $"{before} {view.IsValid} {after}";
            }

            /// <summary>A node used after its pool was destroyed (disposed).</summary>
            public static string UseAfterDestroy()
            {
                var pool = Pool.Create();
                var node = pool.NodeMake(3);
                pool.Dispose();
                string after = Try(() => node.Value());
                string describe = Try(() => node.Describe());
                string make = Try(() => pool.NodeMake(1));
                node.Dispose(); // frees nothing
                return $"{after} {describe} {make}";
            }

            /// <summary>A subpool and its node, when the parent is cleared: both end; disposing the subpool then frees nothing twice.</summary>
            public static string SubpoolEndsWithParentClear()
            {
                using var parent = Pool.Create();
                var sub = Pool.Create(parent);
                var subNode = sub.NodeMake(5);
                var grandchild = Pool.Create(sub);
                var deepNode = grandchild.NodeMake(6);
                int pools = Pools.LivePools();
                parent.Clear();
                int poolsAfter = Pools.LivePools();
                string result = $"{Try(() => sub.NodeCount())} {Try(() => subNode.Value())} {Try(() => grandchild.NodeCount())} {Try(() => deepNode.Value())} {pools - poolsAfter}";
                grandchild.Dispose();
                sub.Dispose();
                return result + $" {Try(() => parent.NodeCount())}";
            }

            /// <summary>A subpool disposed on its own, then the parent: each destroyed once.</summary>
            public static string SubpoolDisposedFirst()
            {
                var parent = Pool.Create();
                var sub = Pool.Create(parent);
                var node = parent.NodeMake(1);
                sub.Dispose();
                string parentUsable = Try(() => node.Value());
                parent.Dispose();
                return parentUsable;
            }

            /// <summary>The parent disposed while a subpool handle lives: the subpool ends, and its later Dispose frees nothing.</summary>
            public static string ParentDisposedFirst()
            {
                var parent = Pool.Create();
                var sub = Pool.Create(parent);
                parent.Dispose();
                string use = Try(() => sub.NodeCount());
                sub.Dispose();
                return use;
            }

            /// <summary>Cleanups run exactly once per clear or destroy, and their registrations go with them.</summary>
            public static string CleanupsRunOnce()
            {
                int registry = CallbackRegistry.LiveCount;
                int native = Pools.CleanupsRun();
                var runs = new int[4];
                var pool = Pool.Create();
                for (var i = 0; i < 3; i++)
                {
                    int slot = i;
                    pool.CleanupRegister(() => { runs[slot]++; return 0; });
                }
                int registered = CallbackRegistry.LiveCount - registry;
                pool.Clear();
                int afterClear = CallbackRegistry.LiveCount - registry;
                pool.Clear();
                pool.CleanupRegister(() => { runs[3]++; return 0; });
                pool.Dispose();
                pool.Dispose();
                return $"{string.Join(",", runs)} registered={registered} afterClear={afterClear} end={CallbackRegistry.LiveCount - registry} native={Pools.CleanupsRun() - native}";
            }

            /// <summary>A cleanup on a subpool runs once when the parent is cleared; its registration is freed when the subpool handle goes.</summary>
            public static string SubpoolCleanupRunsWithParent()
            {
                int registry = CallbackRegistry.LiveCount;
                int runs = 0;
                using var parent = Pool.Create();
                var sub = Pool.Create(parent);
                sub.CleanupRegister(() => { runs++; return 0; });
                parent.Clear();
                int afterClear = runs;
                sub.Dispose();
                parent.Clear();
                return $"{afterClear} {runs} end={CallbackRegistry.LiveCount - registry}";
            }

            /// <summary>A stolen node lives with its new pool: the old pool's clear leaves it, the new one's ends it.</summary>
            public static string StealMovesTheNode()
            {
                using var from = Pool.Create();
                using var to = Pool.Create();
                var node = from.NodeMake(11);
                to.NodeSteal(node);
                from.Clear();
                string afterOldClear = Try(() => node.Value());
                to.Clear();
                return $"{afterOldClear} {Try(() => node.Value())} {node.Scope == to}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon(int rounds, int[] runs)
            {
                for (var i = 0; i < rounds; i++)
                {
                    var pool = Pool.Create();
                    var sub = Pool.Create(pool);
                    for (var n = 0; n < 5; n++)
                    {
                        pool.NodeMake(n).SetValue(n + 1);
                        sub.NodeMake(n);
                    }
                    pool.CleanupRegister(() => { Interlocked.Increment(ref runs[0]); return 0; });
                    sub.CleanupRegister(() => { Interlocked.Increment(ref runs[0]); return 0; });
                    if (i % 3 == 0)
                        pool.Clear();
                }
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void AbandonSubpools(Pool parent, int count)
            {
                for (var i = 0; i < count; i++)
                    Pool.Create(parent).NodeMake(i);
            }

            /// <summary>
            /// Subpools abandoned while their parent is cleared over and over: the finalizer thread destroys the ones it
            /// collects while this thread's clears destroy the rest natively. Each must be destroyed exactly once (the
            /// fixture counts a second destroy), whichever side gets there first.
            /// </summary>
            public static string FinalizerRacesClear()
            {
                using var parent = Pool.Create();
                var stop = false;
                var collector = new Thread(() =>
                {
                    while (!Volatile.Read(ref stop))
                    {
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                    }
                });
                collector.Start();
                for (var round = 0; round < 300; round++)
                {
                    AbandonSubpools(parent, 10);
                    if (round % 2 == 0)
                        parent.Clear();
                }
                Volatile.Write(ref stop, true);
                collector.Join();
                parent.Clear();
                Collect();
                return $"nodes={parent.NodeCount()}";
            }

            /// <summary>Pools, subpools, nodes and cleanups dropped without Dispose: the finalizer destroys each pool once.</summary>
            public static string AbandonedPoolsAreDestroyedOnce()
            {
                var runs = new int[1];
                Abandon(100, runs);
                Collect();
                return $"cleanups={runs[0]}";
            }
        }
        """;
}
