using BindingForge.Generator.Safe.Ownership;

namespace BindingForge.Generator.Tests.Safe;

/// <summary>The ownership x direction decision table: every combination the safe style implements, and the coded
/// outcomes for the ones it does not.</summary>
public sealed class OwnershipTableTests
{
    [Theory]
    [InlineData("Handle", "None", "In", "Lease")]
    [InlineData("Handle", "Consumed", "In", "LeaseThenConsume")]
    [InlineData("Handle", "Owned", "Out", "AttachOwned")]
    [InlineData("Handle", "Owned", "Return", "AttachOwned")]
    [InlineData("Handle", "Borrowed", "Return", "AttachBorrowed")]
    [InlineData("String", "None", "In", "PassIn")]
    [InlineData("String", "Owned", "Out", "CopyThenFree")]
    [InlineData("String", "Borrowed", "Return", "Copy")]
    [InlineData("Buffer", "Borrowed", "Return", "BorrowedView")]
    [InlineData("Buffer", "Owned", "Return", "CopyThenFree")]
    public void Known_combinations_have_an_action(string kind, string ownership, string direction, string expected) =>
        Assert.Equal(expected, Decide(kind, ownership, direction));

    [Theory]
    [InlineData("Handle", "Out")]
    [InlineData("Handle", "Return")]
    [InlineData("String", "Return")]
    [InlineData("Buffer", "Return")]
    public void A_value_handed_back_without_an_ownership_fact_is_a_missing_fact(string kind, string direction) =>
        Assert.Equal(nameof(OwnershipAction.MissingFact), Decide(kind, nameof(OwnershipFact.None), direction));

    [Theory]
    [InlineData("Handle", "Owned", "In")]
    [InlineData("String", "Consumed", "In")]
    [InlineData("Buffer", "Owned", "Out")]
    [InlineData("Handle", "Consumed", "Return")]
    public void Other_combinations_are_unsupported_never_guessed(string kind, string ownership, string direction) =>
        Assert.Equal(nameof(OwnershipAction.Unsupported), Decide(kind, ownership, direction));

    /// <summary>The table's answer by names (the enums are internal; xunit theories need public parameter types).</summary>
    private static string Decide(string kind, string ownership, string direction) =>
        OwnershipTable.Decide(Enum.Parse<ValueKind>(kind), Enum.Parse<OwnershipFact>(ownership), Enum.Parse<Direction>(direction)).ToString();
}
