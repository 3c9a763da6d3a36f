namespace BindingForge.Generator.Tests.Threading;

/// <summary>
/// The C# that runs the generated bindings of tests/native/table.yaml (a <c>threading: readers-writer</c> handle whose
/// <c>Get</c>, <c>Count</c> and <c>PeakReaders</c> are <c>access: read</c> and <c>Set</c> is not) on real threads. Each
/// scenario returns what the test asserts on: refused calls, the table's own conflict counter, the most readers the
/// table saw at once and the writes that reached it.
/// </summary>
internal static class ReadersWriterDriver
{
    public const string Source = """
        using System.Diagnostics;
        using System.Threading;
        using BindingForge.Runtime;

        namespace BindingForge.Tables;

        public static class Driver
        {
            public static void Reset() => TablesNative.bft_reset_conflicts();

            public static int Live() => Tables.LiveTables();

            public static int Conflicts() => Tables.Conflicts();

            /// <summary>
            /// Rounds of <paramref name="readers"/> reading and <paramref name="writers"/> writing threads started by one
            /// barrier, until <paramref name="until"/> holds (refused or conflict, each with readers that overlapped; overlap) (or the last round): "refused peak>1 conflicts writes=reached".
            /// </summary>
            public static string Race(int readers, int writers, int calls, int spin, int rounds, string until)
            {
                using var table = Table.Create();
                int refused = 0, written = 0;
                for (var round = 0; round < rounds; round++)
                {
                    using var barrier = new Barrier(readers + writers);
                    var threads = new List<Thread>();
                    for (var t = 0; t < readers + writers; t++)
                    {
                        var writer = t >= readers;
                        var thread = new Thread(() =>
                        {
                            barrier.SignalAndWait();
                            for (var i = 0; i < calls; i++)
                            {
                                try
                                {
                                    if (writer)
                                    {
                                        table.Set(i, spin);
                                        Interlocked.Increment(ref written);
                                    }
                                    else
                                    {
                                        table.Get(spin);
                                    }
                                }
                                catch (InvalidOperationException)
                                {
                                    Interlocked.Increment(ref refused);
                                }
                            }
                        });
                        threads.Add(thread);
                        thread.Start();
                    }
                    foreach (var thread in threads)
                        thread.Join();
                    var done = until switch
                    {
                        "refused" => refused > 0 && table.PeakReaders() > 1,
                        "conflict" => Tables.Conflicts() > 0 && table.PeakReaders() > 1,
                        "overlap" => table.PeakReaders() > 1,
                        _ => false,
                    };
                    if (done)
                        break;
                }
                return $"refused={refused > 0} peak>1={table.PeakReaders() > 1} conflicts={Tables.Conflicts() > 0} writes={table.Count() == written}";
            }

            /// <summary>
            /// One thread reads for <paramref name="holdMs"/> ms inside native code; meanwhile this thread reads too (a
            /// second reader), then tries to write and to dispose: "read-beside write dispose writer-after-reader".
            /// </summary>
            public static string WriterBesideReader(int holdMs)
            {
                var table = Table.Create();
                var readerDone = 0;
                var started = Stopwatch.GetTimestamp();
                var reader = new Thread(() => { table.Get(holdMs * 1000); Volatile.Write(ref readerDone, 1); });
                reader.Start();
                var clock = Stopwatch.StartNew();
                while (table.PeakReaders() < 1 && clock.ElapsedMilliseconds < 5000)
                    Thread.Yield();
                // PeakReaders is itself a read call: it ran beside the reader inside native code.
                var second = table.PeakReaders() == 1 && Volatile.Read(ref readerDone) == 0 ? "read-beside" : "reader-gone";
                var write = Try(() => table.Set(7, 0));
                // The reader spins holdMs inside native code: a write that waited for it returns no earlier.
                var writerAfterReader = Stopwatch.GetElapsedTime(started).TotalMilliseconds >= holdMs;
                var dispose = Try(table.Dispose);
                reader.Join();
                table.Dispose();
                return $"{second} {write} {dispose} {writerAfterReader}";
            }

            /// <summary>Disposes the table, then reads and writes it: both must throw without reaching native code.</summary>
            public static string UseAfterDispose()
            {
                var table = Table.Create();
                table.Set(3, 0);
                table.Dispose();
                return $"{Try(() => table.Get(0))} {Try(() => table.Set(1, 0))}";
            }

            private static string Try(Action action)
            {
                try
                {
                    action();
                    return "ok";
                }
                catch (Exception e)
                {
                    return e.GetType().Name;
                }
            }
        }
        """;
}
