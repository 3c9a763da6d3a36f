namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A generated exception class; the template writes its constructor, which passes everything to the base.</summary>
/// <param name="Name">The class name (<c>SqliteException</c>).</param>
/// <param name="Domains">The contract's error domains that throw it, for its documentation.</param>
/// <param name="BaseType">The runtime's exception base (<c>NativeCallException</c>).</param>
/// <param name="CodeEnum">The enum every domain that throws it types its codes with (<c>errors: enum:</c>), or null:
/// then the class has <c>public new ResultCode Code</c>.</param>
internal sealed record ExceptionRender(string Name, string Domains, string BaseType, string? CodeEnum = null);
