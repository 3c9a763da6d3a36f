namespace BindingForge.Generator.Rendering;

/// <summary>A struct for a C complex type (<c>ComplexFloat</c> for <c>_Complex float</c>), with conversions to <c>System.Numerics.Complex</c>.</summary>
/// <param name="Name">The struct's name in the Native class.</param>
/// <param name="CType">The C type it stands for.</param>
/// <param name="PartType">The C# type of each part: <c>float</c> or <c>double</c>.</param>
/// <param name="ToComplex"><c>implicit</c>: every value converts to <c>Complex</c> exactly.</param>
/// <param name="FromComplex"><c>implicit</c> when <c>Complex</c> converts exactly, <c>explicit</c> when it narrows.</param>
/// <param name="PartCast">The cast from <c>double</c> to a part (<c>(float)</c>), or empty.</param>
internal sealed record ComplexRender(string Name, string CType, string PartType, string ToComplex, string FromComplex, string PartCast);
