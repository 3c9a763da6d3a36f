using System.Runtime.InteropServices;

namespace BindingForge.Runtime.Tests.Interop;

/// <summary>Hand-written thin bindings of tests/native/table.h (the readers-writer table); pointers are <c>nint</c>.</summary>
internal static partial class TableNative
{
    private const string Lib = "bffixture";

    [LibraryImport(Lib)] internal static partial nint bft_table_create();
    [LibraryImport(Lib)] internal static partial void bft_table_destroy(nint table);
    [LibraryImport(Lib)] internal static partial int bft_table_get(nint table, int spinMicroseconds);
    [LibraryImport(Lib)] internal static partial void bft_table_set(nint table, int value, int spinMicroseconds);
    [LibraryImport(Lib)] internal static partial int bft_table_count(nint table);
    [LibraryImport(Lib)] internal static partial int bft_conflicts();
    [LibraryImport(Lib)] internal static partial int bft_live_tables();
    [LibraryImport(Lib)] internal static partial void bft_reset_conflicts();
}
