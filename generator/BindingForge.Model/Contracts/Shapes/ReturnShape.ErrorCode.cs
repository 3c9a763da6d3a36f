namespace BindingForge.Model.Contracts;

public abstract partial record ReturnShape
{
    /// <summary>A status code of an error domain (<c>error:</c>): a code outside its <c>success</c> values throws the domain's exception.</summary>
    public sealed record ErrorCode(BoundErrorDomain Domain) : ReturnShape;
}
