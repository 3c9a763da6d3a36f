using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Examples.Sqlite3;

namespace BindingForge.Benchmarks.Interop;

/// <summary>
/// Hand-declared <see cref="SuppressGCTransitionAttribute"/> variants of leaf calls: what the contract's
/// <c>leaf</c> fact will let the emitter generate. Only for calls that are short, never block, never call back
/// into .NET and never take locks a GC could wait on.
/// </summary>
internal static partial class SuppressedTransition
{
    [LibraryImport(Sqlite3Native.LibraryName)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    [SuppressGCTransition]
    internal static partial int sqlite3_libversion_number();
}
