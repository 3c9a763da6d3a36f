using System.Reflection;

namespace BindingForge.Benchmarks.Workloads;

/// <summary>
/// The implementations of workload <typeparamref name="T"/> in this assembly, found by their
/// <see cref="WorkloadVariantAttribute"/>.
/// </summary>
public static class WorkloadRegistry<T>
    where T : class
{
    private static readonly (string Name, Type Type)[] Variants = typeof(T).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(T).IsAssignableFrom(t))
        .Select(t => (Type: t, Attribute: t.GetCustomAttribute<WorkloadVariantAttribute>()))
        .Where(v => v.Attribute is not null)
        .OrderBy(v => v.Attribute!.Order)
        .Select(v => (v.Attribute!.Name, v.Type))
        .ToArray();

    /// <summary>The variant names, in report order.</summary>
    public static IReadOnlyList<string> Names { get; } = Variants.Select(v => v.Name).ToArray();

    /// <summary>Creates the variant called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No variant has that name.</exception>
    public static T Create(string name)
    {
        foreach (var (variant, type) in Variants)
        {
            if (variant == name)
                return (T)Activator.CreateInstance(type)!;
        }
        throw new ArgumentException($"No {typeof(T).Name} variant is called '{name}'; known: {string.Join(", ", Names)}.", nameof(name));
    }
}
