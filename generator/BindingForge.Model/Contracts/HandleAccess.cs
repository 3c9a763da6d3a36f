namespace BindingForge.Model.Contracts;

/// <summary>What a function does to the handles it takes (<c>access:</c>): the contract's mutability fact.</summary>
public enum HandleAccess
{
    /// <summary><c>mutate</c>: may change the handle's state. The default when the contract says nothing.</summary>
    Mutate,

    /// <summary><c>read</c>: only reads the handle; on a <c>readers-writer</c> handle it may run beside other reads.</summary>
    Read,
}
