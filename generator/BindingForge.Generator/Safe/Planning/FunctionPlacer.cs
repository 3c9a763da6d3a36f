using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// Decides where each function's safe method goes (CONTRACT-FORMAT "Shape of the generated API"): an instance
/// method of the class of its first handle or struct parameter (when that one is not nullable, wherever it stands),
/// else a static factory when it hands out a new owned handle or returns a new head of its nullable handle argument's
/// type (a list's append), else the static class. Functions the runtime calls itself (release, retain, struct init and
/// cleanup) get no ordinary method, except a release whose handle parameter is <c>consumed</c> (an explicit close
/// that reports errors).
/// </summary>
internal sealed class FunctionPlacer(SafeContext context)
{
    private readonly HashSet<string> _runtimeOwned = RuntimeOwnedFunctions(context.Contract);

    /// <summary>The placement, or null when the function gets no ordinary safe method.</summary>
    public Placement? Place(BoundFunction function)
    {
        var first = function.Parameters.FirstOrDefault();
        if (_runtimeOwned.Contains(function.CName) && first?.Consumed != true)
            return null;

        // The first parameter that is a handle or struct of the contract is what the function acts on.
        var index = ActedOn(function);
        if (index >= 0 && function.Parameters[index] is var self && !self.Nullable)
        {
            return context.Handle(self.Handle) is { } handle
                ? new Placement(handle.ClassName, MethodKind.Instance, index, handle, null, handle.CTypeName)
                : context.Struct(self.Struct) is { } shape ? new Placement(shape.ClassName, MethodKind.Instance, index, null, shape, shape.CTypeName) : null;
        }

        if (HandedOutOwnedHandle(function) is { } created)
            return new Placement(created.ClassName, MethodKind.Factory, null, created, null, created.CTypeName);
        // A nullable handle that comes back as the new head of the same type (curl_slist_append(NULL, ...)): a static
        // method of that handle's class, since an empty list is no object to call it on.
        if (index >= 0 && function.Parameters[index].Handle is { } key && function.Return.Handle == key && context.Handle(key) is { } head)
            return new Placement(head.ClassName, MethodKind.Factory, null, head, null, head.CTypeName);
        return new Placement(context.StaticClass, MethodKind.Static, null, null, null, null);
    }

    private int ActedOn(BoundFunction function)
    {
        for (var i = 0; i < function.Parameters.Length; i++)
        {
            if (function.Parameters[i] is { Out: null, Value: null } p && (context.Handle(p.Handle) is not null || context.Struct(p.Struct) is not null))
                return i;
        }

        return -1;
    }

    /// <summary>The handle class of a new owned handle the function returns or hands out, when it takes none of that type.</summary>
    private Symbols.HandleInfo? HandedOutOwnedHandle(BoundFunction function)
    {
        var key = function.Return is { Owned: not null, Handle: { } returned }
            ? returned
            : function.Parameters.FirstOrDefault(p => p is { Out: OutKind.Owned, Handle: not null })?.Handle;
        if (context.Handle(key) is not { } handle)
            return null;
        var takesOne = function.Parameters.Any(p => p.Out is null && p.Handle == key);
        return takesOne ? null : handle;
    }

    private static HashSet<string> RuntimeOwnedFunctions(BoundContract contract)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in contract.Handles)
        {
            if (handle.Release is { } release)
                names.Add(release.Name);
            if (handle.Retain is { } retain)
                names.Add(retain.Name);
        }

        foreach (var shape in contract.Structs)
        {
            foreach (var init in shape.Inits)
            {
                names.Add(init.Init.Name);
                names.Add(init.Cleanup.Name);
            }
        }

        return names;
    }
}
