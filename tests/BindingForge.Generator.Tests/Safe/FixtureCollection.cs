namespace BindingForge.Generator.Tests.Safe;

/// <summary>
/// The counting fixture keeps process-wide counters, so every test class that runs against it is in this collection
/// and runs alone; so do the sqlite3 and hidden-library runs, which count live CallbackRegistry entries.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FixtureCollection
{
    public const string Name = "bffixture";
}
