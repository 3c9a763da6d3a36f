using BindingForge.Generator.Safe.Ownership;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// A handle argument: the handle object in C#, its pointer under a lease for the call (see <see cref="Leases"/>).
/// The first parameter of an instance method is <c>this</c>. Null is rejected before the call unless the parameter
/// is nullable; a disposed handle throws ObjectDisposedException at the lease, before the call.
/// </summary>
internal sealed class HandleParam(ParamShape.HandleIn shape) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan) => Lease(site, shape.Handle, shape.Nullable, OwnershipFact.None);

    /// <summary>Leases the handle; shared with <see cref="Consumed"/>, which passes <see cref="OwnershipFact.Consumed"/>.</summary>
    public static ParamMarshalling Lease(ParamSite site, string key, bool isNullable, OwnershipFact ownership)
    {
        if (site.Context.Handle(key) is not { } handle)
            return StrategyFailure.Uncovered($"the handle class of '{key}' is not emitted");
        var action = OwnershipTable.Decide(ValueKind.Handle, ownership, Direction.In);
        if (action is not (OwnershipAction.Lease or OwnershipAction.LeaseThenConsume))
            return StrategyFailure.Ownership($"a {ownership} handle passed in ('{site.CName}') is not supported");

        var nullable = isNullable && !site.IsSelf;
        var consumed = action == OwnershipAction.LeaseThenConsume;
        var (obj, lease, leasing) = Leases.Take(site, handle.Bound.Threading, nullable, consumed);
        return leasing + ParamMarshalling.Argument(site.Index, $"({site.Thin.Name}){lease}.{RuntimeNames.HandleLease.Pointer}") with
        {
            Parameters = site.IsSelf ? [] : [new SafeParameter(nullable ? handle.ClassName + "?" : handle.ClassName, site.Name, site.CName) { CanDefaultToNull = nullable }],
            Handles = [new HandleArgument(site.Index, handle, obj, $"{lease}.{RuntimeNames.HandleLease.Pointer}", consumed, IsOut: false, nullable)],
            Always = consumed ? [Leases.Call(obj, nullable, RuntimeNames.NativeHandle.MarkConsumed)] : [],
        };
    }
}
