namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The counting fixture keeps process-wide counters, so every test class that runs against it is in this collection
/// and runs alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FixtureCollection
{
    public const string Name = "bffixture";
}
