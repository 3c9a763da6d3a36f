namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A handle argument (<c>sqlite3*</c>): the handle object, its pointer leased for the call.</summary>
    public sealed record HandleIn(string Handle, bool Nullable) : ParamShape;
}
