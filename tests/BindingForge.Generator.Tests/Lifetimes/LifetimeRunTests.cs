using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Lifetimes;

/// <summary>
/// tests/native/life.yaml generated in the safe style, compiled with the runtime and run against the fixture's life
/// API, whose counters (live lists and holders, stale uses, double frees) and the callback registry prove each
/// relation of issue 14: an argument kept alive by the handle that stores it, until replaced, reset or disposed; a
/// duplicate that shares the original's registrations; a reset that releases them; an argument consumed only on
/// success; an append that updates its handle in place; callbacks scoped to their handle. Nothing is freed early,
/// twice or never, in every disposal order and under GC pressure. Control contracts without a fact show the
/// counters catching what the fact prevents.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class LifetimeRunTests
{
    private const string Driver = "BindingForge.Life.Driver";

    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => Load("life.yaml", "SafeLife"));

    /// <summary>The control: the list is not <c>kept_by</c> the holder, so the caller's Dispose frees it under the holder.</summary>
    private static readonly Lazy<LoadedAssembly> WithoutKeptBy = new(() => Load("life-nokept.yaml", "SafeLifeNoKeptBy", ("list: { nullable: true, kept_by: holder }", "list: { nullable: true }")));

    /// <summary>The control: the list is consumed whatever the outcome, so a failed adopt loses it.</summary>
    private static readonly Lazy<LoadedAssembly> ConsumedAlways = new(() => Load("life-consumed.yaml", "SafeLifeConsumed", ("consumed: on_success", "consumed: true")));

    /// <summary>The control: the duplicate is an ordinary owned handle.</summary>
    private static readonly Lazy<LoadedAssembly> WithoutDuplicateOf = new(() => Load("life-nodup.yaml", "SafeLifeNoDuplicate", ("owned: true, duplicate_of: holder", "owned: true")));

    private static LoadedAssembly Load(string name, string assembly, (string Old, string New)? change = null) =>
        SafeBindings.Load(SafeBindings.Options(Contract(name, change), SafeBindings.FixtureLibrary), assembly, LifetimeDriver.Source, DriverOrders.Source);

    /// <summary>life.yaml with its include folder made absolute, and one fact changed.</summary>
    private static string Contract(string name, (string Old, string New)? change)
    {
        var native = Path.Combine(SafeBindings.Root, "tests", "native");
        var text = File.ReadAllText(Path.Combine(native, "life.yaml")).Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal);
        if (change is { } c)
        {
            Assert.Contains(c.Old, text);
            text = text.Replace(c.Old, c.New, StringComparison.Ordinal);
        }
        var path = Path.Combine(Contracts.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Call(Lazy<LoadedAssembly> bindings, string method) => (string)bindings.Value.Invoke(Driver, method)!;

    public LifetimeRunTests() => Call(Bindings, "Reset");

    /// <summary>Runs a scenario: nothing live is left behind and the fixture counted no stale use and no double free.</summary>
    private static string Run(string method)
    {
        var before = Call(Bindings, "Live");
        var result = Call(Bindings, method);
        Assert.Equal(before, Call(Bindings, "Live"));
        Assert.Equal("stale=0 double=0", Call(Bindings, "Errors"));
        return result;
    }

    [Fact]
    public void A_stored_list_outlives_its_Dispose_until_the_holder_stores_another()
    {
        // after the caller's Dispose and a GC: the holder still reads 3 items and the list is live; then the second list
        Assert.Equal("3 1 1 1", Run("KeptUntilReplaced"));
    }

    [Fact]
    public void A_stored_list_is_freed_by_a_null_set_a_reset_or_the_holders_Dispose_and_not_before()
    {
        Assert.Equal("null:1>0:-1 reset:1>0:-1 dispose:1>0:ObjectDisposedException", Run("KeptUntilEnd"));
    }

    [Fact]
    public void Without_kept_by_the_holder_reads_a_freed_list()
    {
        // The control: the fixture counts the stale read the kept_by fact prevents.
        Call(WithoutKeptBy, "Reset");
        Assert.Equal("-1 0 1 1", Call(WithoutKeptBy, "KeptUntilReplaced"));
        Assert.Equal("stale=1 double=0", Call(WithoutKeptBy, "Errors"));
        Call(WithoutKeptBy, "Reset");
    }

    [Fact]
    public void An_append_cannot_move_a_list_a_holder_stores()
    {
        Assert.Equal("InvalidOperationException 3", Run("KeptListDoesNotMove"));
    }

    [Fact]
    public void A_handle_scoped_callback_is_replaced_by_the_next_set_cleared_by_null_and_freed_with_the_handle()
    {
        // result:live registrations after each set; the replaced callback is freed at once
        Assert.Equal("99:1 199:1 -1:0 end:0", Run("HandleCallbacks"));
    }

    [Fact]
    public void A_duplicate_keeps_the_originals_callback_and_list_after_the_original_is_disposed()
    {
        Assert.Equal("1002 2 1 1 end:0 0", Run("DuplicateOutlivesOriginal"));
    }

    [Fact]
    public void A_duplicates_own_sets_and_resets_leave_the_shared_registrations_of_the_others()
    {
        Assert.Equal("12:2 1-12:2 2:1 end:0", Run("DuplicateIndependentSlots"));
    }

    [Fact]
    public void A_failed_duplicate_shares_nothing()
    {
        Assert.Equal("NativeCallException 1 1 5", Run("DuplicateFails"));
    }

    [Fact]
    public void Without_duplicate_of_the_duplicate_holds_none_of_the_originals_registrations()
    {
        Assert.Equal("1 1", Run("DuplicateRegistrationCount"));
        Assert.Equal("1 0", Call(WithoutDuplicateOf, "DuplicateRegistrationCount"));
    }

    [Fact]
    public void A_reset_releases_the_callback_and_the_stored_list_now()
    {
        Assert.Equal("4 1 1 -1 0 0 calls=1 regs=0", Run("ResetReleases"));
    }

    [Fact]
    public void An_argument_consumed_on_success_stays_the_callers_after_a_failure()
    {
        Assert.Equal("True ObjectDisposedException LifeException False 2 3 0", Run("AdoptOnSuccess"));
    }

    [Fact]
    public void Consumed_whatever_the_outcome_a_failed_adopt_leaks_the_list()
    {
        Assert.Equal("LifeException False 0", Run("AdoptFailureLeaves"));
        // The control: the refused list is marked consumed though the holder did not take it, so nothing ever frees it.
        Call(ConsumedAlways, "Reset");
        Assert.Equal("LifeException True 1", Call(ConsumedAlways, "AdoptFailureLeaves"));
    }

    [Fact]
    public void An_append_updates_the_list_in_place_and_a_failed_one_leaves_it_valid()
    {
        // moved: 4 items, the third "c", one live list; the failure; unchanged after it; then the retry
        Assert.Equal("4 c 1 NativeCallException 4 d 1 5 e", Run("AppendUpdatesInPlace"));
    }

    [Fact]
    public void In_every_order_of_disposals_and_a_reset_each_holder_runs_exactly_what_it_stores()
    {
        Assert.Equal("24/24", Run("EveryOrder"));
    }

    [Fact]
    public void Under_GC_pressure_every_holder_duplicate_and_list_is_freed_exactly_once()
    {
        Assert.Equal("0/0/0", Run("UnderGcPressure"));
    }
}
