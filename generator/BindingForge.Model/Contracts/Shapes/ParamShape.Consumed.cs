namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>consumed: true</c> on a handle: leased for the call, then marked consumed on every path.</summary>
    public sealed record Consumed(string Handle, bool Nullable) : ParamShape;
}
