namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// Scenarios of the borrowed-child rule (issue 14), compiled with the fixture's safe bindings: a parent's Dispose
/// frees it now, first freeing its owned children (<c>parent:</c>); handles borrowed from it (or from a child) never
/// delay it, and are invalid afterwards: any use throws ObjectDisposedException naming what they depended on.
/// </summary>
internal static class BorrowedChildDriver
{
    public const string Source = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;
        using BindingForge.Tests.Drivers;

        namespace BindingForge.Fixture;

        public static class BorrowedChildren
        {
            private static int Live(bf_kind kind) => Fixture.LiveOfKind(kind);

            private static string Counts(int parents, int children, int shared) =>
                $"{Live(bf_kind.BF_KIND_PARENT) - parents}/{Live(bf_kind.BF_KIND_CHILD) - children}/{Live(bf_kind.BF_KIND_REFOBJ) - shared}";

            /// <summary>"ok", or the ObjectDisposedException's object name.</summary>
            private static string Use(Func<int> use)
            {
                try
                {
                    use();
                    return "ok";
                }
                catch (ObjectDisposedException e)
                {
                    return e.ObjectName ?? "?";
                }
            }

            /// <summary>The parent disposed while a handle borrowed from it lives: freed now, the borrowed one invalid.</summary>
            public static string ParentFreedNow()
            {
                int parents = Live(bf_kind.BF_KIND_PARENT), children = Live(bf_kind.BF_KIND_CHILD), shared = Live(bf_kind.BF_KIND_REFOBJ);
                var parent = Parent.Create();
                var borrowed = parent.GetShared();
                string before = Use(() => borrowed.Refcount());
                parent.Dispose();
                string live = Counts(parents, children, shared);
                string after = Use(() => borrowed.Refcount());
                borrowed.Dispose();
                return $"{before} {live} {after} {Counts(parents, children, shared)}";
            }

            /// <summary>
            /// Parent P, its owned child C, V borrowed from C (C's parent seen through it) and S borrowed from P, disposed
            /// in each of the 24 orders. After every step each object still held is used: it must work exactly when it
            /// and everything it depends on are undisposed, and throw ObjectDisposedException otherwise; P's native
            /// release must run at P's Dispose. Returns the number of orders that held, then the first failure.
            /// </summary>
            public static string EveryOrder()
            {
                int parents = Live(bf_kind.BF_KIND_PARENT), children = Live(bf_kind.BF_KIND_CHILD), shared = Live(bf_kind.BF_KIND_REFOBJ);
                int good = 0;
                string? failure = null;
                foreach (var order in Orders.Permutations([0, 1, 2, 3]))
                {
                    var p = Parent.Create();
                    var c = p.ChildCreate(4);
                    var v = c.GetParent();
                    var s = p.GetShared();
                    var disposed = new bool[4];
                    var uses = new Func<int>[] { () => p.ChildCount(), () => c.GetValue(), () => v.ChildCount(), () => s.Refcount() };
                    IDisposable[] objects = [p, c, v, s];
                    bool ok = true;
                    foreach (var step in order)
                    {
                        objects[step].Dispose();
                        disposed[step] = true;
                        if (step == 0 && Live(bf_kind.BF_KIND_PARENT) != parents)
                            ok = false; // the parent's release was deferred
                        // What each object depends on: C on P; V on C (and so P); S on P.
                        bool pAlive = !disposed[0], cAlive = pAlive && !disposed[1];
                        bool[] usable = [pAlive, cAlive, cAlive && !disposed[2], pAlive && !disposed[3]];
                        for (var i = 0; i < 4; i++)
                        {
                            if ((Use(uses[i]) == "ok") != usable[i])
                                ok = false;
                        }
                    }
                    if (Counts(parents, children, shared) != "0/0/0")
                        ok = false;
                    if (ok)
                        good++;
                    else
                        failure ??= string.Join(",", order.Select(i => "PCVS"[i]));
                }
                return $"{good}/24{(failure is null ? "" : " first failure: " + failure)}";
            }

            /// <summary>What the ObjectDisposedException names: the handle a borrowed one was borrowed from.</summary>
            public static string Names()
            {
                var p = Parent.Create();
                var c = p.ChildCreate(1);
                var v = c.GetParent();
                var s = p.GetShared();
                c.Dispose();
                string fromChild = Use(() => v.ChildCount());
                p.Dispose();
                string fromParent = Use(() => s.Refcount());
                return $"{fromChild} {fromParent}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Families(int count, bool disposeParents)
            {
                for (var i = 0; i < count; i++)
                {
                    var p = Parent.Create();
                    var c = p.ChildCreate(i);
                    var v = c.GetParent();
                    var s = p.GetShared();
                    _ = v.ChildCount() + s.Refcount();
                    if (disposeParents && i % 2 == 0)
                        p.Dispose();
                    if (i % 3 == 0)
                        c.Dispose();
                }
            }

            /// <summary>Families dropped (some parents and children disposed, the rest not) and collected: everything freed once.</summary>
            public static string UnderGcPressure()
            {
                int parents = Live(bf_kind.BF_KIND_PARENT), children = Live(bf_kind.BF_KIND_CHILD), shared = Live(bf_kind.BF_KIND_REFOBJ);
                Families(200, disposeParents: false);
                Families(200, disposeParents: true);
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
                return Counts(parents, children, shared);
            }
        }
        """;
}
