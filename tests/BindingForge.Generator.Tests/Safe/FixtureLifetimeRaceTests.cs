using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The lifetime rules that need real threads and GC pressure, against the counting fixture: a
/// <c>release_on: creating-thread</c> handle abandoned to the finalizer is queued, not freed on the finalizer thread,
/// and freed when its thread drains the queue; callbacks survive full collections run inside and between native
/// calls; racing callback registrations leave no GCHandle behind.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class FixtureLifetimeRaceTests
{
    private const string Driver = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;

        namespace BindingForge.Fixture;

        public static class LifetimeDriver
        {
            private static void Collect()
            {
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon() => Affine.Create().Use();

            /// <summary>live affine objects after abandoning, queue length, live after drain, drained count, thread errors.</summary>
            public static string FinalizerReleaseIsQueued()
            {
                string result = "";
                var owner = new Thread(() =>
                {
                    int before = Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE);
                    Abandon();
                    Collect();
                    int queued = PendingReleaseQueue.ForCurrentThread.Count;
                    int afterGc = Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE) - before;
                    int drained = NativeHandle.DrainPendingReleases();
                    int afterDrain = Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE) - before;
                    result = $"{afterGc} {queued} {drained} {afterDrain} thread={Fixture.ThreadErrors()}";
                });
                owner.Start();
                owner.Join();
                return result;
            }

            /// <summary>A queued release also drains itself at the next call through a handle on the owning thread.</summary>
            public static string NextCallDrains()
            {
                string result = "";
                var owner = new Thread(() =>
                {
                    int before = Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE);
                    using var kept = Affine.Create();
                    Abandon();
                    Collect();
                    int afterGc = Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE) - before;
                    kept.Use();
                    result = $"{afterGc} {Fixture.LiveOfKind(bf_kind.BF_KIND_AFFINE) - before} thread={Fixture.ThreadErrors()}";
                });
                owner.Start();
                owner.Join();
                return result;
            }

            /// <summary>Full collections inside call, async and forever callbacks; returns the sums and the leaked registrations.</summary>
            public static string CollectInsideCallbacks(int rounds)
            {
                int baseline = CallbackRegistry.LiveCount;
                long sum = 0;
                for (var round = 0; round < rounds; round++)
                {
                    sum += Fixture.CallEach([1, 2, 3], v => { Collect(); return v; });
                    int seen = 0;
                    Fixture.CallLater(v => { Collect(); return seen = v; }, round);
                    Collect();
                    Fixture.RunPending();
                    sum += seen;
                    using var obj = FixtureObject.Create(1);
                    obj.SetCallback(v => { Collect(); return v + 1; });
                    Collect();
                    sum += obj.Fire(1);
                }
                Collect();
                return $"{sum} {CallbackRegistry.LiveCount - baseline}";
            }

            /// <summary>Threads started by a barrier register and run callbacks at once, with collections in between.</summary>
            public static string RacingCallbacks(int threads, int calls)
            {
                int baseline = CallbackRegistry.LiveCount;
                using var start = new Barrier(threads);
                long total = 0;
                int errors = 0;
                var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    for (var i = 0; i < calls; i++)
                    {
                        try
                        {
                            Interlocked.Add(ref total, Fixture.CallEach([1, 2], v => v * (t + 1)));
                            if (i % 50 == 0)
                                GC.Collect();
                        }
                        catch (Exception)
                        {
                            Interlocked.Increment(ref errors);
                        }
                    }
                })).ToList();
                workers.ForEach(w => w.Start());
                workers.ForEach(w => w.Join());
                long expected = Enumerable.Range(1, threads).Sum(k => 3L * k) * calls;
                return $"{total == expected} {errors} {CallbackRegistry.LiveCount - baseline}";
            }
        }
        """;

    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(SafeBindings.AmendedFixtureContract(Contracts.Path), SafeBindings.FixtureLibrary),
        "SafeFixtureLifetime", FixtureDriver.Source, Driver));

    private static string Text(string method, params object?[] arguments) =>
        (string)Bindings.Value.Invoke("BindingForge.Fixture.LifetimeDriver", method, arguments)!;

    public FixtureLifetimeRaceTests() => Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");

    [Fact]
    public void A_creating_thread_handle_left_to_the_finalizer_is_queued_and_freed_on_drain()
    {
        // still alive after GC (queued, not freed on the finalizer thread), one queued, one drained, freed, no wrong-thread call.
        Assert.Equal("1 1 1 0 thread=0", Text("FinalizerReleaseIsQueued"));
    }

    [Fact]
    public void A_queued_release_is_drained_by_the_next_call_on_its_thread()
    {
        // kept + abandoned alive after GC; the call on kept drains the queue, leaving kept.
        Assert.Equal("2 1 thread=0", Text("NextCallDrains"));
    }

    [Fact]
    public void Callbacks_survive_collections_inside_and_between_native_calls()
    {
        // per round: CallEach 6, CallLater round, Fire 2 -> 8 * 10 + (0 + ... + 9) = 125; nothing left registered.
        Assert.Equal("125 0", Text("CollectInsideCallbacks", 10));
    }

    [Fact]
    public void Racing_callback_registrations_leak_no_GCHandle()
    {
        Assert.Equal("True 0 0", Text("RacingCallbacks", 4, 300));
    }
}
