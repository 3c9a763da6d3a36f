using System.Collections.Immutable;
using BindingForge.Model;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>probe: { args: [...] }</c> as written: the literal arguments <c>bindingforge probe</c> calls a function with.</summary>
public sealed record ProbeHints(ImmutableArray<ProbeArgument> Args, SourceLocation Location);

/// <summary>What one item of <c>probe: args</c> says.</summary>
public enum ProbeArgumentKind
{
    /// <summary>A plain integer.</summary>
    Integer,

    /// <summary>A quoted (or other non-numeric) scalar: a NUL-terminated string.</summary>
    Text,

    /// <summary><c>null</c> or <c>~</c>: a NULL pointer.</summary>
    Null,

    /// <summary><c>_</c>: the probe supplies the argument (a handle it created, an out slot).</summary>
    Supplied,
}

/// <summary>One literal argument of <c>probe: args</c>; <see cref="Integer"/> holds its value when it is one.</summary>
public sealed record ProbeArgument(ProbeArgumentKind Kind, string Text, long Integer, SourceLocation Location);
