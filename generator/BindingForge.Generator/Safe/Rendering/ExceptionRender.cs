namespace BindingForge.Generator.Safe.Rendering;

/// <summary>A generated exception class deriving from <c>NativeCallException</c>.</summary>
/// <param name="Name">The class name (<c>SqliteException</c>).</param>
/// <param name="Domains">The contract's error domains that throw it, for its documentation.</param>
internal sealed record ExceptionRender(string Name, string Domains);
