using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace BindingForge.Benchmarks.Smoke;

/// <summary>Expands a benchmark class's <c>[Params]</c> and <c>[ParamsSource]</c> properties into every combination.</summary>
internal static class SmokeParameters
{
    /// <summary>Each combination as (property, value) pairs; one empty combination when there are no parameters.</summary>
    public static IEnumerable<IReadOnlyList<(PropertyInfo Property, object? Value)>> Combinations(Type type)
    {
        IEnumerable<IReadOnlyList<(PropertyInfo, object?)>> result = [[]];
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var values = Values(type, property);
            if (values is null)
                continue;
            result = result.SelectMany(prefix => values.Select(v => (IReadOnlyList<(PropertyInfo, object?)>)[.. prefix, (property, v)])).ToArray();
        }
        return result;
    }

    private static object?[]? Values(Type type, PropertyInfo property)
    {
        if (property.GetCustomAttribute<ParamsAttribute>() is { } fixedValues)
            return fixedValues.Values;
        if (property.GetCustomAttribute<ParamsSourceAttribute>() is not { } source)
            return null;
        const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;
        object? values = type.GetProperty(source.Name, Any)?.GetValue(null)
            ?? type.GetMethod(source.Name, Any, [])?.Invoke(null, null)
            ?? throw new InvalidOperationException($"{type.Name}: params source '{source.Name}' not found or not static");
        return ((System.Collections.IEnumerable)values).Cast<object?>().ToArray();
    }
}
