namespace BindingForge.Benchmarks.Workloads;

/// <summary>
/// Names a workload implementation; <see cref="WorkloadRegistry{T}"/> finds every class carrying it, so a new
/// variant (the generated safe layer, for instance) is one new class. The name is the column key in
/// benchmarks/results/summary.json.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class WorkloadVariantAttribute(string name, int order) : Attribute
{
    /// <summary>The variant key: <c>thin</c>, <c>safe</c>, <c>safehandle</c>, <c>sqlitepclraw</c>, <c>mds</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Position in reports and benchmark order.</summary>
    public int Order { get; } = order;
}
