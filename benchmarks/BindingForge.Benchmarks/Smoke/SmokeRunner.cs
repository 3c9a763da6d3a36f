using System.Reflection;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using BindingForge.Benchmarks.Support;

namespace BindingForge.Benchmarks.Smoke;

/// <summary>
/// <c>--smoke</c>: runs every benchmark method of the assembly once, outside BenchmarkDotNet, with the smoke
/// sizes, the way BenchmarkDotNet would (global setup, iteration setup, the method, cleanups), and checks each
/// result with <see cref="ISelfChecking.Verify"/>. Exit code 0 when all pass.
/// </summary>
public static partial class SmokeRunner
{
    /// <summary>Runs the smoke check, printing one line per benchmark case.</summary>
    public static int Run(TextWriter output)
    {
        var types = typeof(SmokeRunner).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && BenchmarkMethods(t).Any())
            .OrderBy(t => t.Name, StringComparer.Ordinal)
            .ToArray();
        int passed = 0;
        var failures = new List<string>();
        foreach (var type in types)
        {
            foreach (var parameters in SmokeParameters.Combinations(type))
                RunCases(type, parameters, output, ref passed, failures);
        }
        foreach (var failure in failures)
            output.WriteLine("FAIL " + failure);
        output.WriteLine(failures.Count == 0
            ? $"smoke: {passed} benchmark cases ok in {types.Length} classes"
            : $"smoke: {failures.Count} failed, {passed} ok");
        return failures.Count == 0 && passed > 0 ? 0 : 1;
    }

    private static IEnumerable<MethodInfo> BenchmarkMethods(Type type) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);

    private static IEnumerable<MethodInfo> Hooks<TAttribute>(Type type)
        where TAttribute : Attribute =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.GetCustomAttribute<TAttribute>() is not null);

    private static void RunCases(Type type, IReadOnlyList<(PropertyInfo Property, object? Value)> parameters, TextWriter output, ref int passed, List<string> failures)
    {
        string label = parameters.Count == 0 ? "" : " (" + string.Join(", ", parameters.Select(p => $"{p.Property.Name}={p.Value}")) + ")";
        object instance = Activator.CreateInstance(type)!;
        foreach (var (property, value) in parameters)
            property.SetValue(instance, value);
        try
        {
            Invoke<GlobalSetupAttribute>(instance);
            foreach (var method in BenchmarkMethods(type))
            {
                string name = method.GetCustomAttribute<BenchmarkAttribute>()!.Description ?? method.Name;
                try
                {
                    CheckDescription(name, parameters);
                    Invoke<IterationSetupAttribute>(instance);
                    object? result = Unwrap(() => method.Invoke(instance, null));
                    Invoke<IterationCleanupAttribute>(instance);
                    if (instance is not ISelfChecking checking)
                        throw new InvalidOperationException($"{type.Name} does not implement {nameof(ISelfChecking)}");
                    checking.Verify(method.Name, result);
                    output.WriteLine($"ok   {name}{label}");
                    passed++;
                }
                catch (Exception e)
                {
                    failures.Add($"{type.Name}.{method.Name}{label}: {e.Message}");
                }
            }
        }
        catch (Exception e)
        {
            failures.Add($"{type.Name}{label} setup: {e.Message}");
        }
        finally
        {
            try
            {
                Invoke<GlobalCleanupAttribute>(instance);
            }
            catch (Exception e)
            {
                failures.Add($"{type.Name}{label} cleanup: {e.Message}");
            }
        }
    }

    /// <summary>
    /// The report keys results by description: <c>call/variant</c> for per-call benchmarks, a workload name plus a
    /// <c>Variant</c> parameter for workloads.
    /// </summary>
    private static void CheckDescription(string name, IReadOnlyList<(PropertyInfo Property, object? Value)> parameters)
    {
        bool workload = parameters.Any(p => p.Property.Name == "Variant");
        var pattern = workload ? WorkloadName() : CallName();
        if (!pattern.IsMatch(name))
            throw new InvalidOperationException($"benchmark description '{name}' does not match {pattern}");
    }

    private static void Invoke<TAttribute>(object instance)
        where TAttribute : Attribute
    {
        foreach (var hook in Hooks<TAttribute>(instance.GetType()))
            Unwrap(() => hook.Invoke(instance, null));
    }

    private static object? Unwrap(Func<object?> call)
    {
        try
        {
            return call();
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex WorkloadName();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CallName();
}
