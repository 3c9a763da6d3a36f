namespace BindingForge.Generator.Tests.Faults;

/// <summary>
/// C# compiled together with a driver that stresses a shared handle: <c>Stress.Run</c> starts threads at one barrier,
/// calls the body with (thread, iteration) and counts how each call ended, so no exception escapes a worker thread.
/// </summary>
internal static class StressSource
{
    public const string Source = """
        using System.Threading;

        namespace BindingForge.Tests;

        /// <summary>How one call of a stress ended.</summary>
        public enum Outcome { Succeeded, OwnFailure, ForeignFailure, WrongOutcome }

        public static class Stress
        {
            /// <summary>Runs <paramref name="body"/> on <paramref name="threads"/> threads at once; an exception the body
            /// lets out counts as unexpected.</summary>
            public static string Run(int threads, int iterations, Func<int, int, Outcome> body)
            {
                var counts = new int[4];
                int unexpected = 0;
                using var start = new Barrier(threads);
                var workers = new List<Thread>();
                for (var t = 0; t < threads; t++)
                {
                    int thread = t;
                    workers.Add(new Thread(() =>
                    {
                        start.SignalAndWait();
                        for (var i = 0; i < iterations; i++)
                        {
                            try
                            {
                                Interlocked.Increment(ref counts[(int)body(thread, i)]);
                            }
                            catch (Exception)
                            {
                                Interlocked.Increment(ref unexpected);
                            }
                        }
                    }));
                }

                workers.ForEach(w => w.Start());
                workers.ForEach(w => w.Join());
                int errors = counts[(int)Outcome.OwnFailure] + counts[(int)Outcome.ForeignFailure];
                return $"errors={errors} mismatched={counts[(int)Outcome.ForeignFailure]} wrongcode={counts[(int)Outcome.WrongOutcome]} unexpected={unexpected}";
            }
        }
        """;
}
