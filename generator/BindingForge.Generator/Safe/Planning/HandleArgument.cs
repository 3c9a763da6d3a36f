using BindingForge.Generator.Safe.Symbols;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>A handle a call passes (under a lease) or hands out (a new handle object), as generated code names it.</summary>
/// <param name="Index">The C parameter index.</param>
/// <param name="Object">The C# expression of the handle object: <c>this</c>, <c>db</c>, <c>__ppDb</c>.</param>
/// <param name="Pointer">An expression of its native pointer as <c>nint</c>, valid right after the call.</param>
/// <param name="IsConsumed">The call takes the handle over: its pointer must not be used after the call.</param>
/// <param name="IsOut">The call hands the handle out (<c>out: owned</c>/<c>borrowed</c>).</param>
/// <param name="IsNullable">The object may be null.</param>
internal sealed record HandleArgument(int Index, HandleInfo Info, string Object, string Pointer, bool IsConsumed, bool IsOut, bool IsNullable);
