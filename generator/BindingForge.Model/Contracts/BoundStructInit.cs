using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>
/// One way to initialise a caller-allocated struct in place, and the cleanup that undoes it
/// (<c>deflateInit_</c> with <c>deflateEnd</c>). <see cref="Init"/>'s first parameter points to the struct.
/// </summary>
/// <param name="Name">C# factory name (<c>name:</c>), when renamed.</param>
public sealed record BoundStructInit(FunctionDecl Init, FunctionDecl Cleanup, string? Name, Provenance Provenance);
