using System.Runtime.CompilerServices;

namespace BindingForge.Runtime;

/// <summary>The stack storage of a <see cref="Utf8Buffer"/>: <see cref="Utf8Buffer.InlineCapacity"/> bytes.</summary>
[InlineArray(Utf8Buffer.InlineCapacity)]
internal struct Utf8InlineStorage
{
    private byte _element0;
}
