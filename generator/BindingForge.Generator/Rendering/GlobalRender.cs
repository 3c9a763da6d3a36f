namespace BindingForge.Generator.Rendering;

/// <summary>
/// One exported variable as a static property of the Native class, with the field that caches its address:
/// <c>public static ref int bf_counter => ref *(int*)ExportedAddress(ref __bf_counter_address, "bf_counter");</c>.
/// </summary>
/// <param name="DocLines">Complete <c>///</c> lines, unindented.</param>
/// <param name="Type">The property's type as declared: <c>ref T</c>, <c>ref readonly T</c>, <c>ReadOnlySpan&lt;byte&gt;</c> or <c>T*</c>.</param>
/// <param name="Name">The property's C# name.</param>
/// <param name="AddressField">The private field holding the resolved address (0 until first use).</param>
/// <param name="Value">The property's expression.</param>
internal sealed record GlobalRender(IReadOnlyList<string> DocLines, string Type, string Name, string AddressField, string Value);
