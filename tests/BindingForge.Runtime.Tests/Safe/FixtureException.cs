namespace BindingForge.Runtime.Tests.Safe;

/// <summary>What the generator emits for the fixture contract's error domains.</summary>
internal sealed class FixtureException(long code, string? nativeMessage, string? function, int errno = 0)
    : NativeCallException(code, nativeMessage, function, errno);
