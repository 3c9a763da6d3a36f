using System.Diagnostics;
using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The "hidden library" check: tests/native/hidden is a small journal library the safe emitter was not written
/// against (not the fixture). Its v1 contract says the journal is <c>thread-affine</c> and the visitor is a
/// <c>scope: call</c> callback with user data. Generated, compiled and run: a call from another thread throws
/// InvalidOperationException before it reaches native code, and callbacks run with their own user data.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class HiddenLibraryTests
{
    private const string Driver = """
        using BindingForge.Runtime;

        namespace Hidden.Journal;

        public static class Driver
        {
            private static Journal Filled(params int[] entries)
            {
                var journal = Journal.Open();
                foreach (var entry in entries)
                    journal.Append(entry);
                return journal;
            }

            /// <summary>Two journals, the second visited from inside the first's visitor: each callback sees its own state.</summary>
            public static string Visit()
            {
                int baseline = CallbackRegistry.LiveCount;
                using var outer = Filled(3, 5, 7);
                using var inner = Filled(100, 200);
                var seen = new List<string>();
                int visited = outer.Visit((index, entry) =>
                {
                    int innerSum = 0;
                    inner.Visit((i, e) => { innerSum += e; return 0; });
                    seen.Add($"{index}:{entry}+{innerSum}");
                    return entry == 5 ? 1 : 0;
                });
                return $"{visited} {string.Join(",", seen)} live={CallbackRegistry.LiveCount - baseline}";
            }

            /// <summary>Every member called from a foreign thread; returns the exception names and the library's count.</summary>
            public static string ForeignThread()
            {
                int before = Journals.ForeignThreadCalls();
                using var journal = Filled(1);
                var errors = new List<string>();
                var thread = new Thread(() =>
                {
                    foreach (var use in new Action[] { () => journal.Append(2), () => journal.Count(), () => journal.Visit((_, _) => 0) })
                    {
                        try
                        {
                            use();
                            errors.Add("none");
                        }
                        catch (Exception e)
                        {
                            errors.Add(e.GetType().Name);
                        }
                    }
                });
                thread.Start();
                thread.Join();
                return $"{string.Join(",", errors)} count={journal.Count()} foreign={Journals.ForeignThreadCalls() - before}";
            }

            public static int OpenJournals() => Journals.OpenJournals();
        }
        """;

    private static readonly TempDirectory Build = new();

    /// <summary>tests/native/hidden/hidden.c compiled once with gcc into a temp folder.</summary>
    private static readonly Lazy<string> Library = new(CompileLibrary);

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options("tests/native/hidden/hidden.yaml", Library.Value), "SafeHiddenJournal", Driver));

    /// <summary>The same contract generated with <c>--threading-checks none</c>: nothing stops a foreign thread.</summary>
    private static readonly Lazy<LoadedAssembly> Unchecked = new(() => SafeBindings.Load(
        SafeBindings.Options("tests/native/hidden/hidden.yaml", Library.Value, ThreadingChecks.None),
        "SafeHiddenJournalUnchecked", Driver));

    private static string Text(string method) => (string)Bindings.Value.Invoke("Hidden.Journal.Driver", method)!;

    [Fact]
    public void Callbacks_run_with_their_own_user_data_and_are_freed_after_the_call()
    {
        // stops after entry 5 (2 visited); the nested visit of the other journal sums 300 each time.
        Assert.Equal("2 0:3+300,1:5+300 live=0", Text("Visit"));
    }

    [Fact]
    public void Use_from_another_thread_throws_InvalidOperationException_before_the_native_call()
    {
        Assert.Equal("InvalidOperationException,InvalidOperationException,InvalidOperationException count=1 foreign=0", Text("ForeignThread"));
        Assert.Equal(0, (int)Bindings.Value.Invoke("Hidden.Journal.Driver", "OpenJournals")!);
    }

    [Fact]
    public void Without_checks_the_foreign_calls_reach_the_library()
    {
        // The control for the test above: the library itself counts the three calls from the wrong thread.
        Assert.Equal("none,none,none count=2 foreign=3", (string)Unchecked.Value.Invoke("Hidden.Journal.Driver", "ForeignThread")!);
    }

    private static string CompileLibrary()
    {
        var source = Path.Combine(SafeBindings.Root, "tests", "native", "hidden");
        var output = Path.Combine(Build.Path, "libhiddenjournal.so");
        var start = new ProcessStartInfo("gcc") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-shared", "-fPIC", "-O2", "-std=c11", "-Wall", "-Wextra", "-Werror", "-pthread", "-I" + source, "-o", output, Path.Combine(source, "hidden.c") })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"gcc failed on tests/native/hidden/hidden.c:\n{errors}");
        return output;
    }
}
