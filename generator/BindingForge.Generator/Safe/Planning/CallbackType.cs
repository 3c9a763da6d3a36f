namespace BindingForge.Generator.Safe.Planning;

/// <summary>A callback signature the safe layer bridges: the delegate users pass, and the trampolines native code calls.</summary>
/// <param name="DelegateName">The public delegate type (<c>IntCallback</c>).</param>
/// <param name="Invoke">The trampoline for scopes call, notified and forever (the registration stays).</param>
/// <param name="InvokeOnce">The trampoline for scope async (the first invocation frees the registration).</param>
internal sealed record CallbackType(string DelegateName, string Invoke, string InvokeOnce);
