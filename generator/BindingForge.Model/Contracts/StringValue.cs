using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>A string macro such as <c>ZLIB_VERSION</c>, as its bytes without the terminator.</summary>
public sealed record StringValue(ImmutableArray<byte> Utf8, string? Symbol, SourceLocation Location) : FixedValue(Location);
