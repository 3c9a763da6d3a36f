using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Threading;

public sealed class ExclusiveTests : FixtureTest
{
    private const int CallsPerRound = 20;
    private const int SpinMicroseconds = 100;

    [Fact]
    public void Check_mode_throws_on_a_barrier_started_race_and_native_code_never_sees_it()
    {
        using var obj = FixtureExclusive.Create(ThreadingEnforcement.Check);

        var (completed, violations) = Race(() => obj.Use(SpinMicroseconds), rounds: 10_000, until: seen => seen > 0);

        Assert.True(violations > 0, "two threads started together never collided");
        Assert.Equal(completed + 1, obj.Use(0)); // every call that was not refused ran, one at a time
        Assert.Equal(0, bf_concurrency_errors());
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void Lock_mode_serialises_every_call_without_errors()
    {
        using var obj = FixtureExclusive.Create(ThreadingEnforcement.Lock);

        var (completed, violations) = Race(() => obj.Use(SpinMicroseconds), rounds: 50);

        Assert.Equal(0, violations);
        Assert.Equal(2 * 50 * CallsPerRound, completed);
        Assert.Equal(completed + 1, obj.Use(0));
        obj.Dispose();
        AssertAllFreed();
    }

    [Fact]
    public void With_checks_off_the_fixture_sees_the_race_that_check_mode_prevents()
    {
        using var obj = FixtureExclusive.Create(ThreadingEnforcement.None);

        var (_, violations) = Race(() => obj.Use(SpinMicroseconds), rounds: 10_000, until: _ => bf_concurrency_errors() > 0);

        Assert.Equal(0, violations);
        Assert.True(bf_concurrency_errors() > 0, "the fixture did not detect concurrent entry");
        obj.Dispose();
        bf_reset_counters();
    }

    [Fact]
    public void Dispose_while_another_thread_is_inside_throws_instead_of_freeing()
    {
        var obj = FixtureExclusive.Create(ThreadingEnforcement.Check);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using var lease = obj.Enter();
            inside.Set();
            release.Wait();
        });
        holder.Start();
        inside.Wait();

        Assert.Throws<InvalidOperationException>(() => obj.Dispose());
        release.Set();
        holder.Join();

        obj.Dispose();
        Assert.Throws<ObjectDisposedException>(() => obj.Use(0));
        AssertAllFreed();
    }

    [Fact]
    public void In_lock_mode_Dispose_waits_for_the_thread_inside_then_frees()
    {
        var obj = FixtureExclusive.Create(ThreadingEnforcement.Lock);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var holder = new Thread(() =>
        {
            using var lease = obj.Enter();
            inside.Set();
            release.Wait();
            _ = bf_exclusive_use(lease.Pointer, 0);
        });
        holder.Start();
        inside.Wait();

        using var disposed = new ManualResetEventSlim();
        var disposer = new Thread(() =>
        {
            obj.Dispose();
            disposed.Set();
        });
        disposer.Start();
        Assert.False(disposed.Wait(200), "Dispose did not wait for the call in progress");
        release.Set();
        Assert.True(disposed.Wait(10_000));
        holder.Join();
        disposer.Join();

        Assert.Throws<ObjectDisposedException>(() => obj.Use(0));
        AssertAllFreed(); // no concurrency error: the release waited for the call
    }

    [Fact]
    public void Reentrant_use_from_a_callback_is_allowed_but_reentrant_Dispose_throws()
    {
        using var obj = FixtureObject.Create(8, ThreadingMode.Exclusive, ThreadingEnforcement.Check);
        obj.SetCallback(v => obj.Value + v);
        Assert.Equal(10, obj.Fire(2));

        obj.SetCallback(_ =>
        {
            obj.Dispose();
            return 0;
        });
        Assert.Throws<InvalidOperationException>(() => obj.Fire(0));
        Assert.Equal(8, obj.Value);
        obj.Dispose();
        AssertAllFreed();
    }

    /// <summary>
    /// Two threads released together by a barrier each make a burst of <see cref="CallsPerRound"/> calls, for
    /// <paramref name="rounds"/> rounds or until <paramref name="until"/> holds (checked between rounds, so a busy
    /// machine that rarely runs both threads at once still gets there), or a 20 s deadline passes.
    /// </summary>
    private static (int Completed, int Violations) Race(Action use, int rounds, Func<int, bool>? until = null)
    {
        int completed = 0, violations = 0;
        bool stop = false;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var barrier = new Barrier(2);
        void Worker()
        {
            for (int round = 0; round < rounds; round++)
            {
                barrier.SignalAndWait();
                if (Volatile.Read(ref stop))
                    return;
                for (int call = 0; call < CallsPerRound; call++)
                {
                    try
                    {
                        use();
                        Interlocked.Increment(ref completed);
                    }
                    catch (InvalidOperationException)
                    {
                        Interlocked.Increment(ref violations);
                    }
                }
                // Set before the next barrier, read by both threads after it: they always agree.
                if ((until?.Invoke(Volatile.Read(ref violations)) ?? false) || clock.Elapsed > TimeSpan.FromSeconds(20))
                    Volatile.Write(ref stop, true);
            }
        }
        var threads = new[] { new Thread(Worker), new Thread(Worker) };
        foreach (var t in threads)
            t.Start();
        foreach (var t in threads)
            t.Join();
        return (completed, violations);
    }
}
