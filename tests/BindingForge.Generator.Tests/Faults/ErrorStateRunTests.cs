using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Faults;

/// <summary>
/// The fixture's connection (free-threaded, its last error on the connection, a mutex accessor) generated from
/// tests/native/fixture.yaml and run: under concurrent calls each error carries its own call's message, at every
/// allocation-failure point the safe layer throws the typed exception with the library's text and leaves nothing
/// alive, a failed step is recovered before the exception leaves, and a NULL is returned only when it is a value.
/// The control is the same contract without <c>lock:</c> (BF3520), whose stress must show foreign messages: it
/// proves the stress can fail.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class ErrorStateRunTests
{
    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(SafeBindings.AmendedFixtureContract(Contracts.Path), SafeBindings.FixtureLibrary), "ErrorStateFixture", FixtureDriverSources()));

    private static readonly Lazy<LoadedAssembly> Unlocked = new(() => SafeBindings.Load(
        SafeBindings.Options(UnlockedContract(), SafeBindings.FixtureLibrary), "ErrorStateFixtureUnlocked", FixtureDriverSources()));

    private static string[] FixtureDriverSources() => [FixtureDriver.Source, ErrorStateDriver.Source, StressSource.Source];

    /// <summary>The fixture contract with the connection domain's <c>lock:</c> removed.</summary>
    private static string UnlockedContract()
    {
        var directory = Path.Combine(Contracts.Path, "unlocked");
        Directory.CreateDirectory(directory);
        var path = SafeBindings.AmendedFixtureContract(directory);
        var lines = File.ReadAllLines(path).Where(l => !l.Contains("lock: { mutex: bf_conn_mutex", StringComparison.Ordinal));
        File.WriteAllLines(path, lines);
        return path;
    }

    private static string Run(LoadedAssembly assembly, string method, params object?[] arguments) =>
        (string)assembly.Invoke("BindingForge.Fixture.ErrorDriver", method, arguments)!;

    private static void AssertNoMisuse() =>
        Assert.Equal("double=0 bad=0 order=0 thread=0 concurrency=0 null=0 stale=0", (string)Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Errors")!);

    public ErrorStateRunTests() => Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");

    [Fact]
    public void Under_concurrent_calls_each_error_carries_its_own_calls_code_and_message()
    {
        var result = Run(Bindings.Value, "Stress", 4, 4000);

        Assert.Equal("errors=8000 mismatched=0 wrongcode=0 unexpected=0 live=0", result);
        AssertNoMisuse();
    }

    [Fact]
    public void Without_the_lock_the_stress_sees_other_calls_messages()
    {
        var mismatched = 0;
        for (var attempt = 0; attempt < 8 && mismatched == 0; attempt++)
        {
            var result = Run(Unlocked.Value, "Stress", 4, 4000);
            Assert.Matches("^errors=8000 mismatched=[0-9]+ wrongcode=0 unexpected=0 live=0$", result);
            mismatched = int.Parse(result.Split(' ')[1].Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.True(mismatched > 0, "the unlocked control never read another call's message: the stress cannot fail");
    }

    [Fact]
    public void Every_allocation_failure_point_throws_the_typed_exception_and_leaves_nothing_alive()
    {
        var result = Run(Bindings.Value, "Sweep");

        Assert.Equal("first=ok points=7 typed=7 failures=[]", result);
        AssertNoMisuse();
    }

    [Fact]
    public void A_failed_step_is_recovered_before_the_exception_leaves_and_keeps_its_own_message()
    {
        Assert.Equal("5 'cursor step failed with code 5' active=0 conn=0 last='cursor reset'", Run(Bindings.Value, "Recovery"));
        AssertNoMisuse();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_factory_that_runs_out_of_memory_gets_its_text_from_the_code(int point)
    {
        Assert.Equal("7 'out of memory' live=0", Run(Bindings.Value, "FactoryOutOfMemory", point));
        AssertNoMisuse();
    }

    [Fact]
    public void A_null_that_is_a_value_is_returned_and_a_null_that_is_a_failure_throws()
    {
        Assert.Equal("null 7 'out of memory'", Run(Bindings.Value, "NullOrError"));
    }
}
