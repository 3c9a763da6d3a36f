using System.Collections.Immutable;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary>One entry under <c>functions:</c>; <see cref="CName"/> is its key.</summary>
public sealed record FunctionEntry(Located<string> CName, EntryMeta Meta)
{
    public ReturnEntry? Returns { get; init; }

    public ImmutableArray<ParamEntry> Params { get; init; } = [];

    public Located<bool>? Leaf { get; init; }

    public Located<bool>? NoCallbacks { get; init; }

    /// <summary><c>access:</c>, whether the call only reads its handles or may change them.</summary>
    public Located<HandleAccess>? Access { get; init; }

    public Located<bool>? Blocking { get; init; }

    public Located<bool>? Errno { get; init; }

    /// <summary><c>recover:</c>, called with the call's handle after a failure, before the exception leaves.</summary>
    public Located<string>? Recover { get; init; }

    /// <summary><c>clears:</c>, the pool parameter the call clears.</summary>
    public Located<string>? Clears { get; init; }

    /// <summary><c>resets:</c> (extension), the handle parameter whose registrations the call releases.</summary>
    public Located<string>? Resets { get; init; }

    /// <summary><c>error_lock:</c>; false when the call must not take its domain's error-state lock.</summary>
    public Located<bool>? ErrorLock { get; init; }

    /// <summary>The C prototype of a function its header declares without one (<c>int f(int count)</c>).</summary>
    public Located<string>? Signature { get; init; }

    /// <summary><c>forms:</c>, the fixed-arity prototypes a variadic function is called with.</summary>
    public ImmutableArray<FormEntry> Forms { get; init; } = [];

    /// <summary><c>probe:</c>, how <c>bindingforge probe</c> may call the function by itself.</summary>
    public ProbeHints? Probe { get; init; }
}
