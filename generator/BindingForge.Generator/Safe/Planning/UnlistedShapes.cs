using BindingForge.Generator.Mapping;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The shape of a parameter or return no binder saw: a function the contract does not list gets its facts from its
/// types alone (<c>SyntheticFunctions</c>), so it is a handle, a caller-allocated struct, a value, or nothing the safe
/// style marshals. A bare pointer is never a <c>ref</c> here: nobody checked that the library does not keep it.
/// </summary>
internal static class UnlistedShapes
{
    public static ParamShape Of(BoundParam param, MappedType thin) => param switch
    {
        { Handle: { } handle } => new ParamShape.HandleIn(handle, param.Nullable),
        { Struct: { } shape } => new ParamShape.StructIn(shape, param.Nullable, param.Fields),
        _ => thin.IsPointer ? new ParamShape.Unsupported() : new ParamShape.Scalar(),
    };

    /// <summary>The shape of a return no binder saw: a handle nobody said who owns (thin-only), or what its thin type is.</summary>
    public static ReturnShape Of(BoundReturn returns, MappedType thin) => returns switch
    {
        { Handle: { } handle } => new ReturnShape.Handle(handle, returns.Nullable, returns.NullIsError, returns.Owned, returns.Borrowed, returns.ParentParameters),
        _ when thin is { Name: "void", IsPointer: false } => new ReturnShape.Void(),
        _ => thin.IsPointer ? new ReturnShape.Unsupported() : new ReturnShape.Scalar(),
    };
}
