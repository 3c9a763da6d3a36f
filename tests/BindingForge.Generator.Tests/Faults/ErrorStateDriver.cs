namespace BindingForge.Generator.Tests.Faults;

/// <summary>
/// The C# that drives the fixture's connection (bf_conn, bf_cursor) through its generated safe bindings, compiled
/// with them: a concurrency stress of one free-threaded connection, an allocation-failure sweep over every
/// allocation point of a scenario, and the single cases (recovery, a factory that fails with no handle, a NULL
/// that is a value). Each method returns text the tests assert on; nothing may escape a worker thread.
/// </summary>
internal static class ErrorStateDriver
{
    public const string Source = """
        using BindingForge.Runtime;

        namespace BindingForge.Fixture;

        public static class ErrorDriver
        {
            private const int NoMemory = 7;   // BF_ERR_NOMEM

            /// <summary>
            /// Threads calling Exec on one connection at once, half of the calls failing: every failure must carry
            /// its own call's code and message ("call 17 failed with code 4").
            /// </summary>
            public static string Stress(int threads, int iterations)
            {
                int live = Fixture.LiveObjects();
                string result;
                using (var conn = Connection.Open("shared"))
                {
                    result = BindingForge.Tests.Stress.Run(threads, iterations, (thread, i) =>
                    {
                        int id = thread * iterations + i;
                        int code = i % 2 == 0 ? 4 : 0;
                        try
                        {
                            conn.Exec(id, code);
                            return code == 0 ? BindingForge.Tests.Outcome.Succeeded : BindingForge.Tests.Outcome.WrongOutcome;
                        }
                        catch (ConnectionException e) when (e.Code == code)
                        {
                            return e.NativeMessage == $"call {id} failed with code {code}" ? BindingForge.Tests.Outcome.OwnFailure : BindingForge.Tests.Outcome.ForeignFailure;
                        }
                    });
                }

                return $"{result} live={Fixture.LiveObjects() - live}";
            }

            /// <summary>Every allocating call of the connection API once; a NULL that is a value and one that is not.</summary>
            private static string Scenario()
            {
                using var conn = Connection.Open("sweep");
                using var cursor = conn.CursorOpen();
                cursor.Step(0);
                cursor.Reset();
                if (conn.Label(3) is not "label 3")
                    return "a label came back wrong (a failure returned as a value?)";
                if (conn.Label(-1) is not null)
                    return "a real NULL was lost";
                if (conn.Describe() != "connection 'sweep'")
                    return "wrong description";
                conn.Exec(1, 0);
                return "ok";
            }

            /// <summary>
            /// Runs the scenario once to count its allocation points, then once per point with that allocation failing:
            /// each run must end in a ConnectionException with BF_ERR_NOMEM and "out of memory" (never a value, never
            /// another exception), and the fixture's live objects and the callback registry must be back at baseline.
            /// </summary>
            public static string Sweep()
            {
                int live = Fixture.LiveObjects();
                int callbacks = CallbackRegistry.LiveCount;
                long before = Fixture.AllocationCount();
                string first = Scenario();
                long points = Fixture.AllocationCount() - before;
                int typed = 0;
                var failures = new List<string>();
                for (long n = 1; n <= points; n++)
                {
                    Fixture.FailAllocation(n);
                    try
                    {
                        failures.Add($"{n}: completed ({Scenario()})");
                    }
                    catch (ConnectionException e) when (e.Code == NoMemory && e.NativeMessage == "out of memory")
                    {
                        typed++;
                    }
                    catch (Exception e)
                    {
                        failures.Add($"{n}: {e.GetType().Name}: {e.Message}");
                    }
                    finally
                    {
                        Fixture.FailAllocation(0);
                    }

                    if (Fixture.LiveObjects() != live || CallbackRegistry.LiveCount != callbacks)
                        failures.Add($"{n}: {Fixture.LiveObjects() - live} native objects, {CallbackRegistry.LiveCount - callbacks} callbacks left");
                }

                return $"first={first} points={points} typed={typed} failures=[{string.Join("; ", failures)}]";
            }

            /// <summary>A failed step: the exception keeps the step's code and message; the cursor was reset before it left.</summary>
            public static string Recovery()
            {
                using var conn = Connection.Open("recover");
                using var cursor = conn.CursorOpen();
                try
                {
                    cursor.Step(5);
                    return "no exception";
                }
                catch (ConnectionException e)
                {
                    return $"{e.Code} '{e.NativeMessage}' active={cursor.IsActive()} conn={conn.ActiveCursors()} last='{conn.Errmsg()}'";
                }
            }

            /// <summary>The first allocation of Open fails: no connection exists to ask, so the text comes from bf_strerror.</summary>
            public static string FactoryOutOfMemory(int point)
            {
                int live = Fixture.LiveObjects();
                Fixture.FailAllocation(point);
                try
                {
                    using var conn = Connection.Open("x");
                    return "opened";
                }
                catch (ConnectionException e)
                {
                    return $"{e.Code} '{e.NativeMessage}' live={Fixture.LiveObjects() - live}";
                }
                finally
                {
                    Fixture.FailAllocation(0);
                }
            }

            /// <summary>A NULL label that is a value, then one that is an out-of-memory failure.</summary>
            public static string NullOrError()
            {
                using var conn = Connection.Open("labels");
                var none = conn.Label(-1) is null ? "null" : "text";
                Fixture.FailAllocation(1);
                try
                {
                    return $"{none} {conn.Label(2) ?? "null returned"}";
                }
                catch (ConnectionException e)
                {
                    return $"{none} {e.Code} '{e.NativeMessage}'";
                }
                finally
                {
                    Fixture.FailAllocation(0);
                }
            }
        }
        """;
}
