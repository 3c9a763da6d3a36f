using BindingForge.Runtime.Tests.Safe;
using static BindingForge.Runtime.Tests.Interop.TableNative;

namespace BindingForge.Runtime.Tests.Threading;

/// <summary>
/// The readers-writer guard of <see cref="NativeHandle"/> (<see cref="NativeHandle.EnterReader"/>,
/// <see cref="NativeHandle.EnterWriter"/>) on the fixture's table, which counts every writer that met a reader or
/// another writer: nesting on one thread, Dispose against a reader inside, a guard mismatch.
/// </summary>
public sealed class ReadersWriterTests
{
    public ReadersWriterTests() => bft_reset_conflicts();

    [Theory]
    [InlineData(ThreadingEnforcement.Check)]
    [InlineData(ThreadingEnforcement.Lock)]
    public void A_read_inside_the_same_threads_write_is_part_of_it_and_readers_nest(ThreadingEnforcement enforcement)
    {
        var live = bft_live_tables();
        using (var table = FixtureTable.Create(enforcement))
        {
            using (var write = table.EnterWriter())
            {
                // A callback of the write reading the handle: re-entry on the writer's thread, not a conflict.
                Assert.Equal(0, table.Get(0));
                using var again = table.EnterWriter();
            }

            using (var read = table.EnterReader())
            {
                Assert.Equal(0, table.Get(0));
            }

            table.Set(5, 0);
            Assert.Equal(5, table.Get(0));
        }

        Assert.Equal(live, bft_live_tables());
        Assert.Equal(0, bft_conflicts());
    }

    [Fact]
    public void In_check_mode_a_write_or_Dispose_beside_a_reader_throws_and_the_reader_finishes()
    {
        var live = bft_live_tables();
        var table = FixtureTable.Create(ThreadingEnforcement.Check);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            using var lease = table.EnterReader();
            inside.Set();
            release.Wait();
            bft_table_get(lease.Pointer, 0);
        });
        reader.Start();
        inside.Wait();

        Assert.Equal(0, table.Get(0)); // a second reader beside the first
        var write = Assert.Throws<InvalidOperationException>(() => table.Set(1, 0));
        Assert.Contains("1 reading call(s) were inside it", write.Message);
        Assert.Throws<InvalidOperationException>(table.Dispose);
        release.Set();
        reader.Join();

        table.Dispose();
        Assert.Throws<ObjectDisposedException>(() => table.Get(0));
        Assert.Equal(live, bft_live_tables());
        Assert.Equal(0, bft_conflicts());
    }

    [Fact]
    public void In_lock_mode_Dispose_waits_for_the_reader_inside_then_frees()
    {
        var live = bft_live_tables();
        var table = FixtureTable.Create(ThreadingEnforcement.Lock);
        using var inside = new ManualResetEventSlim();
        var reader = new Thread(() =>
        {
            using var lease = table.EnterReader();
            inside.Set();
            Thread.Sleep(100);
            bft_table_get(lease.Pointer, 0);
        });
        reader.Start();
        inside.Wait();

        table.Dispose(); // waits for the reader's lease
        reader.Join();
        Assert.Equal(live, bft_live_tables());
        Assert.Equal(0, bft_conflicts()); // the destroy never met the reader's get
    }

    [Fact]
    public void An_entry_of_another_threading_rule_is_refused()
    {
        using var table = FixtureTable.Create(ThreadingEnforcement.Check);
        Assert.Throws<InvalidOperationException>(() => { using var lease = table.EnterExclusive(); });
        using var exclusive = FixtureExclusive.Create(ThreadingEnforcement.Check);
        Assert.Throws<InvalidOperationException>(() => { using var lease = exclusive.EnterReader(); });
        Assert.Throws<InvalidOperationException>(() => { using var lease = exclusive.EnterWriter(); });
    }
}
