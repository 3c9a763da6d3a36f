using BindingForge.Generator.Tests.Support;
using BindingForge.Runtime;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// tests/native/fixture.yaml generated in the safe style, compiled with the runtime and run against the counting C
/// fixture: every rule of the contract format is proved by the fixture's own counters (live objects, frees, double
/// frees, order, thread and concurrency errors, NULLs received).
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class FixtureRunTests
{
    private static readonly TempDirectory Contracts = new();

    /// <summary>The fixture contract plus the error fact of bf_accumulator_init (see <see cref="SafeBindings.AmendedFixtureContract"/>).</summary>
    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(SafeBindings.AmendedFixtureContract(Contracts.Path), SafeBindings.FixtureLibrary), "SafeFixture", FixtureDriver.Source));

    /// <summary>The same bindings generated with <c>--threading-checks lock</c>.</summary>
    private static readonly Lazy<LoadedAssembly> LockBindings = new(() => SafeBindings.Load(
        SafeBindings.Options(SafeBindings.AmendedFixtureContract(Contracts.Path), SafeBindings.FixtureLibrary, ThreadingChecks.Lock),
        "SafeFixtureLock", FixtureDriver.Source));

    private static object? Run(string method, params object?[] arguments) =>
        Bindings.Value.Invoke("BindingForge.Fixture.Driver", method, arguments);

    private static string Text(string method, params object?[] arguments) => (string)Run(method, arguments)!;

    private static void AssertNoMisuse() => Assert.Equal("double=0 bad=0 order=0 thread=0 concurrency=0 null=0 stale=0", Text("Errors"));

    public FixtureRunTests() => Run("Reset");

    [Fact]
    public void Owned_handles_are_freed_exactly_once_by_Dispose()
    {
        Assert.Equal("1 8 0 frees=1", Text("OwnedFreedOnce"));
        AssertNoMisuse();
    }

    [Fact]
    public void Abandoned_handles_are_freed_exactly_once_by_the_finalizer()
    {
        Assert.Equal("50 0", Text("FinalizerFreesOnce"));
        AssertNoMisuse();
    }

    [Fact]
    public void Use_after_Dispose_throws_ObjectDisposedException_before_the_call()
    {
        Assert.Throws<ObjectDisposedException>(() => Run("UseAfterDispose"));
        AssertNoMisuse();
    }

    [Fact]
    public void Borrowed_handles_are_never_freed_and_retained_copies_own_a_reference()
    {
        // refcount seen through the borrowed handle, after Clone (retain), after disposing the borrowed one, the
        // parent's child count after disposing a borrowed parent, the clone's count after the parent dropped its own.
        Assert.Equal("1 2 2 1 1 0 0", Text("Borrowed"));
        AssertNoMisuse();
    }

    [Fact]
    public void Parents_are_released_after_their_children_under_GC_pressure()
    {
        Assert.Equal("0 0", Text("ParentLastUnderGc"));
        AssertNoMisuse();
    }

    [Fact]
    public void Disposing_a_parent_frees_its_owned_children_first_then_itself_now()
    {
        // parent still live after Dispose, the child's state, live parents at the end
        Assert.Equal("0 disposed 0", Text("ParentDisposedFirst"));
        AssertNoMisuse();
    }

    [Fact]
    public void Consumed_handles_are_never_freed_again()
    {
        Assert.Equal("9 True 0", Text("Consumed"));
        Assert.Throws<ObjectDisposedException>(() => Run("UseAfterConsume"));
        AssertNoMisuse();
    }

    [Fact]
    public void Error_codes_throw_the_generated_exception_with_the_library_message()
    {
        var byHandle = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("ObjectFails")));
        Assert.Equal("FixtureObjectException", byHandle.GetType().Name);
        Assert.Equal(4, byHandle.Code);
        Assert.Equal("object 3 failed with code 4", byHandle.NativeMessage);
        Assert.Contains("bf_object_fail", byHandle.Message, StringComparison.Ordinal);

        var byCode = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("Divide", 1, 0)));
        Assert.Equal(("FixtureException", 3L, "division by zero"), (byCode.GetType().Name, byCode.Code, byCode.NativeMessage));
    }

    [Fact]
    public void A_failed_out_owned_call_throws_and_leaks_nothing()
    {
        Assert.Equal("1 value out of range 0", Text("CreateCheckedFails"));
        Assert.Equal("value out of range 0", Text("AddChildFails"));
        AssertNoMisuse();
    }

    [Fact]
    public void Errno_is_captured_into_the_exception()
    {
        var error = Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("FailErrno", 5)));
        Assert.Equal(("FixtureSystemException", 5), (error.GetType().Name, error.Errno));
    }

    [Fact]
    public void A_null_result_throws_when_the_contract_says_null_is_error()
    {
        Assert.IsAssignableFrom<NativeCallException>(Record.Exception(() => Run("TryCreate", -1)));
        using var created = (IDisposable)Run("TryCreate", 1)!;
    }

    [Fact]
    public void Null_arguments_are_rejected_before_the_call()
    {
        Assert.Throws<ArgumentNullException>(() => Run("Utf8Length", new object?[] { null }));
        Assert.Throws<ArgumentNullException>(() => Run("CallEachWithNull"));
        // The fixture counts every NULL it receives where it needs a value: none reached it.
        AssertNoMisuse();
    }

    [Fact]
    public void Strings_are_marshalled_in_and_copied_out_and_owned_ones_are_freed()
    {
        Assert.Equal(
            "object(42)|object(42)|<null>|h\u00e9llo w\u00f6rld|span|<null>|3|3|dup|x y|5|big world|3|5|4|1000|0",
            Text("Strings"));
        AssertNoMisuse();
    }

    [Fact]
    public void Spans_carry_their_lengths_and_out_values_are_returned()
    {
        Assert.Equal("10|0|7,7,7,7|2,3,4|42|10|11|e71fa2190541574b|3|5", Text("Arrays"));
        Assert.Throws<ArgumentException>(() => Run("SumFixed4TooShort"));
        Assert.Throws<ArgumentException>(() => Run("SumZeroTerminatedWithoutZero"));
    }

    [Fact]
    public void Borrowed_views_detect_use_after_an_invalidating_call()
    {
        Assert.Equal("1,2,3 True False stale detected 4", Text("BorrowedView"));
        AssertNoMisuse();
    }

    [Fact]
    public void Callbacks_live_as_long_as_their_scope_and_are_freed_after()
    {
        // call: 60, freed; async: registered, run once, freed; notified: freed by destroy; forever: both kept until Dispose.
        Assert.Equal("60|0|1|1|5|0|1|101|0|3|2|2|0", Text("CallbackScopes"));
    }

    [Fact]
    public void Exceptions_thrown_in_callbacks_are_rethrown_after_the_native_call()
    {
        var baseline = (int)Run("Callbacks")!;
        var error = Assert.Throws<InvalidOperationException>(() => Run("CallbackThrows"));
        Assert.Equal("thrown in a callback", error.Message);
        Assert.Throws<ArgumentException>(() => Run("AsyncCallbackThrows"));
        Assert.Equal(baseline, (int)Run("Callbacks")!);
    }

    [Fact]
    public void Thread_affine_handles_throw_on_another_thread()
    {
        Assert.Equal("InvalidOperationException 2", Text("AffineFromAnotherThread"));
        AssertNoMisuse();
    }

    [Fact]
    public void Exclusive_handles_detect_concurrent_use()
    {
        Assert.Equal("InvalidOperationException 2", Text("ExclusiveConcurrentUse"));
        AssertNoMisuse();
    }

    [Fact]
    public void Racing_threads_are_refused_in_check_mode_and_serialised_in_lock_mode()
    {
        // check: some calls collide and throw, and every call that did not throw reached the object, one at a time.
        // On a loaded machine the threads may not overlap in one race, so it races again until they do (at most 20
        // times): a guard that never refuses fails every race, and every race must count each call exactly once.
        Assert.Equal("True True", FirstCollision(() => Text("ExclusiveRace", 4, 200)));
        AssertNoMisuse();
        // lock: nobody throws and the fixture saw every call, never two at once.
        Assert.Equal("False True", (string)LockBindings.Value.Invoke("BindingForge.Fixture.Driver", "ExclusiveRace", 4, 200)!);
        AssertNoMisuse();
    }

    private static string FirstCollision(Func<string> race)
    {
        var outcome = race();
        for (var attempt = 1; attempt < 20 && outcome == "False True"; attempt++)
            outcome = race();
        return outcome;
    }

    [Fact]
    public void Caller_allocated_structs_run_their_cleanup_exactly_once()
    {
        Assert.Equal("12 2 1 0 value out of range", Text("Accumulator"));
        Assert.Throws<ObjectDisposedException>(() => Run("AccumulatorAfterDispose"));
        AssertNoMisuse();
    }
}
