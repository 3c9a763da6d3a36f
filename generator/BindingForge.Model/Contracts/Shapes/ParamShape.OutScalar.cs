namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>out: caller-allocates</c> on a pointer to a scalar or struct: the storage is a local whose value is handed back.</summary>
    public sealed record OutScalar() : ParamShape;
}
