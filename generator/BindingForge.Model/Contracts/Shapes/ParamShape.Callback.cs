namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>callback:</c>: a managed delegate called through a trampoline (with user data), or a raw function pointer (without).</summary>
    public sealed record Callback(CallbackFact Fact, bool Nullable) : ParamShape;
}
