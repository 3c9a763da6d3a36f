namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary><c>optional: true</c> on an out parameter: the callee accepts NULL for it, the safe style passes NULL and
    /// hands nothing back (sqlite3's <c>pzTail</c>, <c>errmsg</c>).</summary>
    public sealed record OmittedOut() : ParamShape;
}
