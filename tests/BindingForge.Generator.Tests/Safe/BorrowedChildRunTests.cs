using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The borrowed-child rule (issue 14, item 1) against the counting fixture: disposing a parent frees it at once
/// (its owned children first), a handle borrowed from it or from its child never defers that, and any later use of
/// the borrowed handle throws ObjectDisposedException naming what it was borrowed from; in every disposal order and
/// under GC pressure nothing is freed twice, early (out of order) or never.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class BorrowedChildRunTests
{
    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Bindings = new(() => SafeBindings.Load(
        SafeBindings.Options(SafeBindings.AmendedFixtureContract(Contracts.Path), SafeBindings.FixtureLibrary), "SafeFixtureBorrowedChildren",
        FixtureDriver.Source, BorrowedChildDriver.Source, DriverOrders.Source));

    private static string Text(string type, string method) => (string)Bindings.Value.Invoke("BindingForge.Fixture." + type, method)!;

    private static string Run(string method) => Text("BorrowedChildren", method);

    public BorrowedChildRunTests() => Text("Driver", "Errors"); // loads the bindings before the reset below

    private static void AssertNoMisuse() => Assert.Equal("double=0 bad=0 order=0 thread=0 concurrency=0 null=0 stale=0", Text("Driver", "Errors"));

    [Fact]
    public void Disposing_a_parent_frees_it_now_although_a_handle_borrowed_from_it_is_alive()
    {
        Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");
        // usable before; live parents/children/shared right after the parent's Dispose; the borrowed one after; at the end
        Assert.Equal("ok 0/0/0 Parent 0/0/0", Run("ParentFreedNow"));
        AssertNoMisuse();
    }

    [Fact]
    public void In_every_disposal_order_each_handle_works_exactly_while_what_it_depends_on_lives()
    {
        Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");
        Assert.Equal("24/24", Run("EveryOrder"));
        AssertNoMisuse();
    }

    [Fact]
    public void The_exception_names_the_handle_the_borrowed_one_came_from()
    {
        Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");
        Assert.Equal("Child Parent", Run("Names"));
        AssertNoMisuse();
    }

    [Fact]
    public void Under_GC_pressure_every_family_is_freed_exactly_once_in_order()
    {
        Bindings.Value.Invoke("BindingForge.Fixture.Driver", "Reset");
        Assert.Equal("0/0/0", Run("UnderGcPressure"));
        AssertNoMisuse();
    }
}
