namespace BindingForge.Model.Contracts;

/// <summary>
/// <c>value:</c> an argument the contract fixes. The safe style does not expose the parameter and always passes
/// this value (<c>SQLITE_TRANSIENT</c> for a destructor, <c>ZLIB_VERSION</c> and <c>sizeof(z_stream)</c> for
/// zlib's init functions).
/// </summary>
public abstract record FixedValue(SourceLocation Location);
