namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>
    /// <c>updates:</c> the result is the handle argument <paramref name="Parameter"/>'s object at its possibly new address:
    /// on success that handle takes it in place, NULL is a failure that leaves the argument as it was.
    /// </summary>
    public sealed record UpdatedHandle(string Key, int Parameter) : ReturnShape;
}
