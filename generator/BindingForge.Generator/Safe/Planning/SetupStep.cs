namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// One line of <see cref="CallPlan.Setup"/>: plain code (<c>byte __textEmpty = 0;</c>), or an acquisition whose
/// local must be disposed after the call (a handle lease, a UTF-8 buffer, a call-scope callback registration).
/// <see cref="MethodEmitter"/> decides how an acquisition is released: by <c>using</c> when code after the call
/// can throw, or by an explicit <c>Dispose()</c> right after the call when nothing can (no <c>try/finally</c>).
/// </summary>
internal sealed record SetupStep(string Code, string? Acquired = null, bool MayThrow = false)
{
    /// <summary>Plain code.</summary>
    public static implicit operator SetupStep(string code) => new(code);

    /// <summary><c>var {local} = {expression};</c>, disposed after the call; <paramref name="mayThrow"/> when taking it can
    /// fail for a reason other than memory (a lease on a disposed handle).</summary>
    public static SetupStep Acquire(string local, string expression, bool mayThrow = false) =>
        new($"var {local} = {expression};", local, mayThrow);

    /// <summary>The line as written in a method that releases by <c>using</c>.</summary>
    public string Scoped => Acquired is null ? Code : "using " + Code;
}
