namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>consumed: true</c> on a handle: leased for the call, then marked consumed on every path, or with
    /// <paramref name="OnSuccess"/> (<c>consumed: on_success</c>) only after a successful call.</summary>
    public sealed record Consumed(string Handle, bool Nullable, bool OnSuccess = false) : ParamShape;
}
