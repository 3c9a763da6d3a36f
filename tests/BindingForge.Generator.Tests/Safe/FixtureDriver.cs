namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The C# that runs the generated fixture bindings: compiled together with them, one static method per scenario.
/// Each returns what the test asserts on (values and the fixture's counters) or lets the generated code throw.
/// </summary>
internal static class FixtureDriver
{
    public const string Source = """
        using System.Runtime.CompilerServices;
        using BindingForge.Runtime;

        namespace BindingForge.Fixture;

        public static class Driver
        {
            private static int Live(bf_kind kind) => Fixture.LiveOfKind(kind);

            /// <summary>The misuse counters that must stay 0.</summary>
            public static string Errors() =>
                $"double={Fixture.DoubleFrees()} bad={Fixture.BadFrees()} order={Fixture.OrderErrors()} thread={Fixture.ThreadErrors()} " +
                $"concurrency={Fixture.ConcurrencyErrors()} null={Fixture.NullErrors()} stale={Fixture.StaleUses()}";

            public static void Reset() => Fixture.ResetCounters();

            public static int LiveObjects() => Fixture.LiveObjects();

            public static int Callbacks() => CallbackRegistry.LiveCount;

            private static void Collect()
            {
                for (var i = 0; i < 3; i++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                }
            }

            public static string OwnedFreedOnce()
            {
                int before = Live(bf_kind.BF_KIND_OBJECT);
                long frees = Fixture.TotalFrees();
                var obj = FixtureObject.Create(7);
                int during = Live(bf_kind.BF_KIND_OBJECT) - before;
                obj.SetValue(obj.GetValue() + 1);
                int value = obj.GetValue();
                obj.Dispose();
                obj.Dispose();
                return $"{during} {value} {Live(bf_kind.BF_KIND_OBJECT) - before} frees={Fixture.TotalFrees() - frees}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon(int count)
            {
                for (var i = 0; i < count; i++)
                    FixtureObject.Create(i).SetName("abandoned");
            }

            public static string FinalizerFreesOnce()
            {
                int before = Live(bf_kind.BF_KIND_OBJECT);
                Abandon(50);
                int during = Live(bf_kind.BF_KIND_OBJECT) - before;
                Collect();
                return $"{during} {Live(bf_kind.BF_KIND_OBJECT) - before}";
            }

            public static int UseAfterDispose()
            {
                var obj = FixtureObject.Create(1);
                obj.Dispose();
                return obj.GetValue();
            }

            public static string Borrowed()
            {
                int shared = Live(bf_kind.BF_KIND_REFOBJ);
                int parents = Live(bf_kind.BF_KIND_PARENT);
                var parent = Parent.Create();
                var child = parent.ChildCreate(5);
                var borrowedShared = parent.GetShared();
                int refs = borrowedShared.Refcount();
                var clone = borrowedShared.Clone();
                int cloned = clone.Refcount();
                borrowedShared.Dispose();
                int afterBorrowedDispose = clone.Refcount();
                var borrowedParent = child.GetParent();
                borrowedParent.Dispose();
                int children = parent.ChildCount();
                child.Dispose();
                parent.Dispose();
                int cloneOutlivesParent = clone.Refcount();
                clone.Dispose();
                return $"{refs} {cloned} {afterBorrowedDispose} {children} {cloneOutlivesParent} {Live(bf_kind.BF_KIND_REFOBJ) - shared} {Live(bf_kind.BF_KIND_PARENT) - parents}";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Family(int children)
            {
                var parent = Parent.Create();
                for (var i = 0; i < children; i++)
                {
                    parent.ChildCreate(i);
                    parent.AddChild(i);
                }
            }

            public static string ParentLastUnderGc()
            {
                int parents = Live(bf_kind.BF_KIND_PARENT);
                int children = Live(bf_kind.BF_KIND_CHILD);
                for (var round = 0; round < 20; round++)
                    Family(10);
                Collect();
                return $"{Live(bf_kind.BF_KIND_PARENT) - parents} {Live(bf_kind.BF_KIND_CHILD) - children}";
            }

            public static string ParentDisposedFirst()
            {
                int parents = Live(bf_kind.BF_KIND_PARENT);
                var parent = Parent.Create();
                var child = parent.AddChild(3);
                parent.Dispose();
                int parentAlive = Live(bf_kind.BF_KIND_PARENT) - parents;
                string state;
                try
                {
                    state = child.GetValue().ToString();
                }
                catch (ObjectDisposedException)
                {
                    state = child.IsDisposed ? "disposed" : "invalid";
                }
                child.Dispose();
                return $"{parentAlive} {state} {Live(bf_kind.BF_KIND_PARENT) - parents}";
            }

            public static string Consumed()
            {
                int before = Live(bf_kind.BF_KIND_OBJECT);
                var obj = FixtureObject.Create(9);
                int value = obj.Consume();
                bool consumed = obj.IsConsumed;
                obj.Dispose();
                Collect();
                return $"{value} {consumed} {Live(bf_kind.BF_KIND_OBJECT) - before}";
            }

            public static int UseAfterConsume()
            {
                var obj = FixtureObject.Create(9);
                obj.Consume();
                return obj.GetValue();
            }

            public static void ObjectFails()
            {
                using var obj = FixtureObject.Create(3);
                obj.Fail(4);
            }

            public static int Divide(int a, int b) => Fixture.Divide(a, b);

            public static string CreateCheckedFails()
            {
                int before = Live(bf_kind.BF_KIND_OBJECT);
                try
                {
                    FixtureObject.CreateChecked(-1);
                    return "no exception";
                }
                catch (FixtureException e)
                {
                    return $"{e.Code} {e.NativeMessage} {Live(bf_kind.BF_KIND_OBJECT) - before}";
                }
            }

            public static void FailErrno(int err) => Fixture.FailErrno(err);

            public static FixtureObject TryCreate(int value) => FixtureObject.TryCreate(value);

            public static nuint Utf8Length(string? text) => Fixture.Utf8Length(text!);

            public static int CallEachWithNull() => Fixture.CallEach([1, 2], null!);

            public static string Strings()
            {
                int strings = Live(bf_kind.BF_KIND_STRING);
                using var obj = FixtureObject.Create(42);
                var parts = new List<object>
                {
                    obj.Describe(),
                    obj.DescribeOut(),
                    obj.GetName() ?? "<null>",
                };
                obj.SetName("h\u00e9llo w\u00f6rld");
                parts.Add(obj.GetName()!);
                obj.SetName("span"u8);
                parts.Add(obj.GetName()!);
                obj.SetName(null);
                parts.Add(obj.GetName() ?? "<null>");
                parts.Add(Fixture.Utf8Length("h\u00e9"));
                parts.Add(Fixture.Utf8Length("abc"u8));
                parts.Add(Fixture.StringDuplicate("dup"));
                parts.Add(Fixture.SkipSpaces("   x y"));
                var (word, rest) = Fixture.SplitWord("hello big world");
                parts.Add(word);
                parts.Add(rest ?? "<null>");
                parts.Add(Fixture.AsciiCountUpper("ABcD"));
                parts.Add(Fixture.Utf16Length("h\u00e9llo"));
                parts.Add(Fixture.LengthOrMinusOne("four"u8));
                parts.Add(Fixture.Utf8Length(new string('x', 1000)));
                parts.Add(Live(bf_kind.BF_KIND_STRING) - strings);
                return string.Join("|", parts);
            }

            public static string Arrays()
            {
                var parts = new List<object> { Fixture.SumInts([1, 2, 3, 4]), Fixture.SumInts([]) };
                var bytes = new byte[4];
                Fixture.FillBytes(bytes, 7);
                parts.Add(string.Join(",", bytes));
                var values = new[] { 1, 2, 3 };
                Fixture.IncrementAll(values);
                parts.Add(string.Join(",", values));
                int doubled = 21;
                Fixture.DoubleInPlace(ref doubled);
                parts.Add(doubled);
                parts.Add(Fixture.SumFixed4([1, 2, 3, 4, 100]));
                parts.Add(Fixture.SumZeroTerminated([5, 6, 0, 100]));
                parts.Add(Fixture.HashBytes("abc"u8).ToString("x16"));
                parts.Add(Fixture.Divide(7, 2));
                parts.Add(Fixture.AddNumbers(2, 3));
                Fixture.AbiCheck();
                return string.Join("|", parts);
            }

            public static int SumFixed4TooShort() => Fixture.SumFixed4([1, 2]);

            public static int SumZeroTerminatedWithoutZero() => Fixture.SumZeroTerminated([1, 2]);

            public static string BorrowedView()
            {
                using var obj = FixtureObject.Create(1);
                obj.SetData([1, 2, 3]);
                var view = obj.GetData();
                string first = string.Join(",", view.ToArray());
                bool valid = view.IsValid;
                obj.SetData([4]);
                string stale;
                try
                {
                    _ = view[0];
                    stale = "read stale memory";
                }
                catch (InvalidOperationException)
                {
                    stale = "stale detected";
                }

                return $"{first} {valid} {view.IsValid} {stale} {string.Join(",", obj.GetData().ToArray())}";
            }

            public static string CallbackScopes()
            {
                int baseline = CallbackRegistry.LiveCount;
                var parts = new List<object> { Fixture.CallEach([1, 2, 3], v => v * 10), CallbackRegistry.LiveCount - baseline };
                int later = 0;
                Fixture.CallLater(v => later = v, 5);
                parts.Add(CallbackRegistry.LiveCount - baseline);
                parts.Add(Fixture.RunPending());
                parts.Add(later);
                parts.Add(CallbackRegistry.LiveCount - baseline);
                Fixture.Watch(v => v + 100);
                parts.Add(CallbackRegistry.LiveCount - baseline);
                parts.Add(Fixture.WatchFire(1));
                Fixture.Unwatch();
                parts.Add(CallbackRegistry.LiveCount - baseline);
                var obj = FixtureObject.Create(1);
                obj.SetCallback(v => v + 1);
                obj.SetCallback(v => v + 2);
                parts.Add(obj.Fire(1));
                parts.Add(obj.AttachedCallbackCount);
                parts.Add(CallbackRegistry.LiveCount - baseline);
                obj.Dispose();
                parts.Add(CallbackRegistry.LiveCount - baseline);
                return string.Join("|", parts);
            }

            public static int CallbackThrows() => Fixture.CallEach([1, 2, 3], v => v == 2 ? throw new InvalidOperationException("thrown in a callback") : v);

            public static int AsyncCallbackThrows()
            {
                Fixture.CallLater(_ => throw new ArgumentException("thrown later"), 1);
                return Fixture.RunPending();
            }

            public static string AffineFromAnotherThread()
            {
                using var affine = Affine.Create();
                affine.Use();
                Exception? error = null;
                var thread = new Thread(() =>
                {
                    try
                    {
                        affine.Use();
                    }
                    catch (Exception e)
                    {
                        error = e;
                    }
                });
                thread.Start();
                thread.Join();
                return $"{error?.GetType().Name} {affine.Use()}";
            }

            public static string ExclusiveConcurrentUse()
            {
                using var shared = ExclusiveObject.Create();
                using var inside = new ManualResetEventSlim();
                Exception? error = null;
                var holder = new Thread(() =>
                {
                    inside.Set();
                    shared.Use(300_000);
                });
                holder.Start();
                inside.Wait();
                Thread.Sleep(50);
                try
                {
                    shared.Use(0);
                }
                catch (Exception e)
                {
                    error = e;
                }

                holder.Join();
                return $"{error?.GetType().Name} {shared.Use(0)}";
            }

            public static string ExclusiveRace(int threads, int calls)
            {
                using var shared = ExclusiveObject.Create();
                using var start = new Barrier(threads);
                int failures = 0;
                var workers = Enumerable.Range(0, threads).Select(_ => new Thread(() =>
                {
                    start.SignalAndWait();
                    for (var i = 0; i < calls; i++)
                    {
                        try
                        {
                            shared.Use(20);
                        }
                        catch (InvalidOperationException)
                        {
                            Interlocked.Increment(ref failures);
                        }
                    }
                })).ToList();
                workers.ForEach(t => t.Start());
                workers.ForEach(t => t.Join());
                return $"{failures > 0} {shared.Use(0) - 1 + failures == threads * calls}";
            }

            public static string Accumulator()
            {
                int buffers = Live(bf_kind.BF_KIND_BUFFER);
                var acc = BindingForge.Fixture.Accumulator.Create(5);
                acc.Add(3);
                acc.Add(4);
                var during = Live(bf_kind.BF_KIND_BUFFER) - buffers;
                var text = $"{acc.Total} {acc.Count} {during}";
                acc.Dispose();
                acc.Dispose();
                string failed;
                try
                {
                    BindingForge.Fixture.Accumulator.Create(-1);
                    failed = "no exception";
                }
                catch (FixtureException e)
                {
                    failed = e.NativeMessage ?? "";
                }

                return $"{text} {Live(bf_kind.BF_KIND_BUFFER) - buffers} {failed}";
            }

            public static int AccumulatorAfterDispose()
            {
                var acc = BindingForge.Fixture.Accumulator.Create(1);
                acc.Dispose();
                acc.Add(1);
                return 0;
            }

            public static string AddChildFails()
            {
                int children = Live(bf_kind.BF_KIND_CHILD);
                using var parent = Parent.Create();
                try
                {
                    parent.AddChild(-1);
                    return "no exception";
                }
                catch (FixtureException e)
                {
                    return $"{e.NativeMessage} {Live(bf_kind.BF_KIND_CHILD) - children}";
                }
            }
        }
        """;
}
