namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A handle argument (<c>sqlite3*</c>): the handle object, its pointer leased for the call.</summary>
    public sealed record HandleIn(string Handle, bool Nullable) : ParamShape
    {
        /// <summary>The handle parameter that keeps this argument alive after a successful call (<c>kept_by</c>).</summary>
        public int? KeptBy { get; init; }
    }
}
