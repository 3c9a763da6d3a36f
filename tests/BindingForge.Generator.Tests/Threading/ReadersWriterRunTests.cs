using System.Reflection;
using System.Runtime.InteropServices;
using BindingForge.Generator.Tests.Safe;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Threading;

/// <summary>
/// tests/native/table.yaml (<c>threading: readers-writer</c>; <c>Get</c>, <c>Count</c>, <c>PeakReaders</c> are
/// <c>access: read</c>) generated in each <c>--threading-checks</c> mode, compiled and run on real threads against the
/// fixture's table, which counts every writer that met a reader or another writer (<c>bft_conflicts</c>) and the most
/// readers it held at once. <c>none</c> is the control: there the table sees the conflicts the other modes prevent.
/// </summary>
[Collection(FixtureCollection.Name)]
public sealed class ReadersWriterRunTests
{
    private const string Driver = "BindingForge.Tables.Driver";

    private static readonly TempDirectory Contracts = new();

    private static readonly Lazy<LoadedAssembly> Check = new(() => Load(ThreadingChecks.Check));

    private static readonly Lazy<LoadedAssembly> Lock = new(() => Load(ThreadingChecks.Lock));

    private static readonly Lazy<LoadedAssembly> None = new(() => Load(ThreadingChecks.None));

    private static LoadedAssembly Load(ThreadingChecks checks) =>
        SafeBindings.Load(SafeBindings.Options(TableContract(), SafeBindings.FixtureLibrary, checks), $"SafeTables{checks}", ReadersWriterDriver.Source);

    /// <summary>table.yaml with its include folder made absolute.</summary>
    private static string TableContract()
    {
        var path = Path.Combine(Contracts.Path, "table.yaml");
        if (!File.Exists(path))
        {
            var native = Path.Combine(SafeBindings.Root, "tests", "native");
            File.WriteAllText(path, File.ReadAllText(Path.Combine(native, "table.yaml"))
                .Replace("include_dirs: [.]", $"include_dirs: [\"{native}\"]", StringComparison.Ordinal));
        }
        return path;
    }

    private static string Run(Lazy<LoadedAssembly> bindings, string method, params object[] args)
    {
        bindings.Value.Invoke(Driver, "Reset");
        var live = (int)bindings.Value.Invoke(Driver, "Live")!;
        var result = (string)bindings.Value.Invoke(Driver, method, args)!;
        Assert.Equal(live, (int)bindings.Value.Invoke(Driver, "Live")!);
        return result;
    }

    [Fact]
    public void Readers_run_side_by_side_in_every_mode()
    {
        foreach (var bindings in new[] { Check, Lock, None })
            Assert.Equal("refused=False peak>1=True conflicts=False writes=True", Run(bindings, "Race", 4, 0, 50, 200, 50, "overlap"));
    }

    [Fact]
    public void Check_mode_refuses_a_writer_beside_readers_and_the_table_never_sees_one()
    {
        // Some calls collide and throw; every write that was not refused reached the table alone.
        Assert.Equal("refused=True peak>1=True conflicts=False writes=True", Run(Check, "Race", 3, 1, 50, 200, 200, "refused"));
        Assert.Equal("read-beside InvalidOperationException InvalidOperationException False", Run(Check, "WriterBesideReader", 300));
    }

    [Fact]
    public void Lock_mode_makes_the_writer_wait_for_the_readers_and_readers_still_overlap()
    {
        Assert.Equal("refused=False peak>1=True conflicts=False writes=True", Run(Lock, "Race", 3, 1, 50, 200, 20, "none"));
        Assert.Equal("refused=False peak>1=True conflicts=False writes=True", Run(Lock, "Race", 2, 2, 50, 200, 20, "none"));
        // The write returned only after the reader inside native code had finished; so did Dispose.
        Assert.Equal("read-beside ok ok True", Run(Lock, "WriterBesideReader", 300));
    }

    [Fact]
    public void With_checks_off_the_table_sees_the_conflicts_the_other_modes_prevent()
    {
        Assert.Equal("refused=False peak>1=True conflicts=True writes=True", Run(None, "Race", 3, 1, 50, 200, 200, "conflict"));
        Assert.Equal("read-beside ok ok False", Run(None, "WriterBesideReader", 300));
        Assert.True((int)None.Value.Invoke(Driver, "Conflicts")! > 0);
    }

    [Fact]
    public void A_disposed_table_refuses_reads_and_writes_before_native_code()
    {
        foreach (var bindings in new[] { Check, Lock, None })
        {
            Assert.Equal("ObjectDisposedException ObjectDisposedException", Run(bindings, "UseAfterDispose"));
            Assert.Equal(0, (int)bindings.Value.Invoke(Driver, "Conflicts")!);
        }
    }

    [Fact]
    public void Leaf_calls_of_the_safe_layer_go_through_imports_that_suppress_the_GC_transition()
    {
        // table.yaml: bft_table_count and bft_table_peak_readers are leaf, bft_table_get (it spins) and bft_table_set are not.
        var table = Check.Value.Assembly.GetType("BindingForge.Tables.Table", throwOnError: true)!;
        Assert.Equal(["bft_table_count: True"], Imports(table, "Count"));
        Assert.Equal(["bft_table_peak_readers: True"], Imports(table, "PeakReaders"));
        Assert.Equal(["bft_table_get: False"], Imports(table, "Get"));
        Assert.Equal(["bft_table_set: False"], Imports(table, "Set"));
    }

    /// <summary>The thin imports a safe method's IL calls, each with whether it carries [SuppressGCTransition].</summary>
    private static List<string> Imports(Type type, string method)
    {
        var info = type.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!;
        var il = info.GetMethodBody()!.GetILAsByteArray()!;
        var found = new List<string>();
        for (var i = 0; i + 4 < il.Length; i++)
        {
            if (il[i] != 0x28) // call
                continue;
            MethodBase? target;
            try
            {
                target = type.Module.ResolveMethod(BitConverter.ToInt32(il, i + 1));
            }
            catch (ArgumentException)
            {
                continue;
            }
            if (target is { DeclaringType.Name: "TablesNative" })
                found.Add($"{target.Name}: {target.IsDefined(typeof(SuppressGCTransitionAttribute))}");
        }
        return found;
    }
}
