namespace BindingForge.Generator.Tests.Lifetimes;

/// <summary>
/// The C# that runs the generated bindings of tests/native/life.yaml: compiled with them, one static method per
/// scenario, each returning what the test asserts on (values, exception names, the life API's own counters and the
/// callback registry's).
/// </summary>
internal static class LifetimeDriver
{
    public const string Source = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;
        using BindingForge.Tests.Drivers;

        namespace BindingForge.Life;

        public static class Driver
        {
            public static string Errors() => $"stale={Life.StaleUses()} double={Life.DoubleFrees()}";

            public static void Reset() => Life.ResetCounters();

            public static string Live() => $"lists={Life.LiveLists()} holders={Life.LiveHolders()} callbacks={CallbackRegistry.LiveCount}";

            private static void Collect()
            {
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            }

            private static string Try(Func<object?> use)
            {
                try
                {
                    return $"{use()}";
                }
                catch (Exception e)
                {
                    return e.GetType().Name;
                }
            }

            private static TextList ListOf(int count)
            {
                var list = TextList.Create();
                for (var i = 0; i < count; i++)
                    list.Append($"item {i}");
                return list;
            }

            /// <summary>
            /// A list stored by the holder and disposed by the caller: its native free waits for the holder, until the
            /// holder stores another list. Returns the run's count after the caller's Dispose (and GC), the live lists
            /// then, the run after the second set, and the live lists after it.
            /// </summary>
            public static string KeptUntilReplaced()
            {
                int lists = Life.LiveLists();
                using var holder = Holder.Create();
                Store(holder, 3);
                Collect();
                string afterDispose = $"{holder.Run()} {Life.LiveLists() - lists}";
                using var second = ListOf(1);
                holder.SetList(second);
                return $"{afterDispose} {holder.Run()} {Life.LiveLists() - lists}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Store(Holder holder, int count)
            {
                var list = ListOf(count);
                holder.SetList(list);
                list.Dispose();
            }

            /// <summary>What ends a kept list: a set to null, a reset, the holder's Dispose; live lists before and after each.</summary>
            public static string KeptUntilEnd()
            {
                int lists = Life.LiveLists();
                var parts = new List<string>();
                foreach (var end in new[] { "null", "reset", "dispose" })
                {
                    var holder = Holder.Create();
                    Store(holder, 2);
                    int before = Life.LiveLists() - lists;
                    switch (end)
                    {
                        case "null": holder.SetList(null); break;
                        case "reset": holder.Reset(); break;
                        default: holder.Dispose(); break;
                    }
                    parts.Add($"{end}:{before}>{Life.LiveLists() - lists}:{Try(() => holder.Run())}");
                    holder.Dispose();
                }
                return string.Join(" ", parts);
            }

            /// <summary>A list the holder stores cannot be moved by an append; once the holder lets it go, it can.</summary>
            public static string KeptListDoesNotMove()
            {
                using var holder = Holder.Create();
                using var list = ListOf(2);
                holder.SetList(list);
                string refused = Try(() => { list.Append("moves"); return null; });
                holder.SetList(null);
                list.Append("moves");
                return $"{refused} {list.Count()}";
            }

            /// <summary>Callbacks of one holder's slot: replaced (the old one freed now), cleared by null, freed with the holder.</summary>
            public static string HandleCallbacks()
            {
                int registry = CallbackRegistry.LiveCount;
                var holder = Holder.Create();
                holder.SetCallback(v => 100 + v);
                string first = $"{holder.Run()}:{CallbackRegistry.LiveCount - registry}";
                holder.SetCallback(v => 200 + v);
                string second = $"{holder.Run()}:{CallbackRegistry.LiveCount - registry}";
                holder.SetCallback(null);
                string cleared = $"{holder.Run()}:{CallbackRegistry.LiveCount - registry}";
                holder.SetCallback(v => 300 + v);
                holder.Dispose();
                return $"{first} {second} {cleared} end:{CallbackRegistry.LiveCount - registry}";
            }

            /// <summary>
            /// A duplicate shares the original's callback and list: after the original's Dispose (and GC) the duplicate
            /// still runs them; each is freed with the last holder. Returns the duplicate's run, its registration count, the
            /// live callbacks and lists after the original went, then after the duplicate went.
            /// </summary>
            public static string DuplicateOutlivesOriginal()
            {
                int registry = CallbackRegistry.LiveCount, lists = Life.LiveLists();
                var duplicate = MakeDuplicate();
                Collect();
                string after = $"{duplicate.Run()} {duplicate.RegistrationCount} {CallbackRegistry.LiveCount - registry} {Life.LiveLists() - lists}";
                duplicate.Dispose();
                return $"{after} end:{CallbackRegistry.LiveCount - registry} {Life.LiveLists() - lists}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static Holder MakeDuplicate()
            {
                using var original = Holder.Create();
                original.SetCallback(v => 1000 + v);
                Store(original, 2);
                return original.Duplicate();
            }

            /// <summary>Each copy's own set replaces only its own slot; a reset of one leaves the other's shared ones alive.</summary>
            public static string DuplicateIndependentSlots()
            {
                int registry = CallbackRegistry.LiveCount;
                var original = Holder.Create();
                original.SetCallback(v => 1);
                var copy = original.Duplicate();
                copy.SetCallback(v => 2);
                string runs = $"{original.Run()}{copy.Run()}:{CallbackRegistry.LiveCount - registry}";
                var third = copy.Duplicate();
                copy.Reset();
                string reset = $"{original.Run()}{copy.Run()}{third.Run()}:{CallbackRegistry.LiveCount - registry}";
                original.Dispose();
                string gone = $"{third.Run()}:{CallbackRegistry.LiveCount - registry}";
                third.Dispose();
                copy.Dispose();
                return $"{runs} {reset} {gone} end:{CallbackRegistry.LiveCount - registry}";
            }

            /// <summary>A duplicate that fails (out of memory) throws and shares nothing: the original keeps its one registration.</summary>
            public static string DuplicateFails()
            {
                int registry = CallbackRegistry.LiveCount;
                using var original = Holder.Create();
                original.SetCallback(v => 5);
                Life.FailNextAllocation();
                string failed = Try(() => original.Duplicate());
                return $"{failed} {original.RegistrationCount} {CallbackRegistry.LiveCount - registry} {original.Run()}";
            }

            /// <summary>Without duplicate_of (the control contract), nothing makes the duplicate hold the original's registrations.</summary>
            public static string DuplicateRegistrationCount()
            {
                using var original = Holder.Create();
                original.SetCallback(v => 5);
                using var copy = original.Duplicate();
                copy.SetList(null); // the duplicate's own copy of the list slot (empty) does not count
                return $"{original.RegistrationCount} {copy.RegistrationCount}";
            }

            /// <summary>A reset releases the callback and the list now; the holder then runs neither.</summary>
            public static string ResetReleases()
            {
                int registry = CallbackRegistry.LiveCount, lists = Life.LiveLists();
                using var holder = Holder.Create();
                int calls = 0;
                holder.SetCallback(v => { calls++; return v; });
                Store(holder, 4);
                string before = $"{holder.Run()} {CallbackRegistry.LiveCount - registry} {Life.LiveLists() - lists}";
                holder.Reset();
                return $"{before} {holder.Run()} {CallbackRegistry.LiveCount - registry} {Life.LiveLists() - lists} calls={calls} regs={holder.RegistrationCount}";
            }

            /// <summary>
            /// Adopt takes a list only when it succeeds: the first adopt consumes its list (use throws), the second fails and
            /// leaves its list the caller's, usable and freed once by its Dispose; the holder frees the adopted one.
            /// </summary>
            public static string AdoptOnSuccess()
            {
                int lists = Life.LiveLists();
                var holder = Holder.Create();
                var first = ListOf(3);
                var second = ListOf(1);
                holder.Adopt(first);
                string consumed = $"{first.IsConsumed} {Try(() => first.Count())}";
                string failed = Try(() => { holder.Adopt(second); return null; });
                second.Append("still mine");
                string kept = $"{second.IsConsumed} {second.Count()} {holder.AdoptedCount()}";
                second.Dispose();
                holder.Dispose();
                return $"{consumed} {failed} {kept} {Life.LiveLists() - lists}";
            }

            /// <summary>After a failed adopt: is the refused list marked consumed, and how many lists are left live once the caller
            /// disposed it and the holder.</summary>
            public static string AdoptFailureLeaves()
            {
                int lists = Life.LiveLists();
                var holder = Holder.Create();
                holder.Adopt(ListOf(1));
                var refused = ListOf(2);
                string failed = Try(() => { holder.Adopt(refused); return null; });
                bool consumed = refused.IsConsumed;
                refused.Dispose();
                holder.Dispose();
                return $"{failed} {consumed} {Life.LiveLists() - lists}";
            }

            /// <summary>
            /// An append that moves the list (its third item) and one that fails (out of memory on the next growth): after
            /// the move the handle holds the new head; after the failure the old list is unchanged and still valid.
            /// </summary>
            public static string AppendUpdatesInPlace()
            {
                int lists = Life.LiveLists();
                using var list = TextList.Create();
                list.Append("a");
                list.Append("b");
                list.Append("c"); // grows: the native list moves, the old block is freed
                list.Append("d");
                string moved = $"{list.Count()} {list.Item(2)} {Life.LiveLists() - lists}";
                Life.FailNextAllocation();
                string failed = Try(() => { list.Append("e"); return null; });
                string after = $"{list.Count()} {list.Item(3)} {Life.LiveLists() - lists}";
                list.Append("e");
                return $"{moved} {failed} {after} {list.Count()} {list.Item(4)}";
            }

            /// <summary>
            /// Holder H with a callback and list L stored, its duplicate D, and L: the steps (dispose H, dispose D, dispose L,
            /// reset D) in each of the 24 orders. After every step each holder still undisposed must run its callback on L
            /// (1000 + 3), or -1 once reset; L must be natively alive exactly while the caller or a holder that stores it
            /// lives; the registry holds exactly the callback while some holder stores it. Returns the orders that held.
            /// </summary>
            public static string EveryOrder()
            {
                int lists = Life.LiveLists(), registry = CallbackRegistry.LiveCount;
                int good = 0;
                string? failure = null;
                foreach (var order in Orders.Permutations([0, 1, 2, 3]))
                {
                    var h = Holder.Create();
                    var l = ListOf(3);
                    h.SetCallback(v => 1000 + v);
                    h.SetList(l);
                    var d = h.Duplicate();
                    bool hAlive = true, dAlive = true, lAlive = true, dReset = false;
                    string? wrong = null;
                    foreach (var step in order)
                    {
                        switch (step)
                        {
                            case 0: h.Dispose(); hAlive = false; break;
                            case 1: d.Dispose(); dAlive = false; break;
                            case 2: l.Dispose(); lAlive = false; break;
                            default: if (dAlive) { d.Reset(); dReset = true; } break;
                        }
                        bool stored = hAlive || (dAlive && !dReset);
                        if (hAlive && h.Run() != 1003)
                            wrong = $"H ran {h.Run()}";
                        if (dAlive && d.Run() != (dReset ? -1 : 1003))
                            wrong = $"D ran {d.Run()}";
                        if (Life.LiveLists() - lists != (lAlive || stored ? 1 : 0))
                            wrong = $"lists {Life.LiveLists() - lists}";
                        if (CallbackRegistry.LiveCount - registry != (stored ? 1 : 0))
                            wrong = $"callbacks {CallbackRegistry.LiveCount - registry}";
                        if (wrong is not null)
                            break;
                    }
                    h.Dispose();
                    d.Dispose();
                    l.Dispose();
                    if (wrong is null && Life.LiveLists() == lists && CallbackRegistry.LiveCount == registry)
                        good++;
                    else
                        failure ??= $" [{string.Join(",", order)}]: {wrong ?? "leak"}";
                }
                return $"{good}/24{failure}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon(int rounds)
            {
                for (var i = 0; i < rounds; i++)
                {
                    var holder = Holder.Create();
                    holder.SetCallback(v => v + i);
                    holder.SetList(ListOf(i % 4));
                    var copy = holder.Duplicate();
                    if (i % 2 == 0)
                        copy.SetList(ListOf(1));
                    if (i % 3 == 0)
                        holder.Reset();
                    var adopted = ListOf(1);
                    copy.Adopt(adopted);
                    if (copy.Run() < -1)
                        throw new InvalidOperationException("bad run");
                }
            }

            /// <summary>Holders, duplicates and lists abandoned to the finalizer in every state: all freed, once, with their callbacks.</summary>
            public static string UnderGcPressure()
            {
                int lists = Life.LiveLists(), holders = Life.LiveHolders(), registry = CallbackRegistry.LiveCount;
                for (var round = 0; round < 5; round++)
                {
                    Abandon(60);
                    Collect();
                }
                return $"{Life.LiveLists() - lists}/{Life.LiveHolders() - holders}/{CallbackRegistry.LiveCount - registry}";
            }
        }
        """;
}
