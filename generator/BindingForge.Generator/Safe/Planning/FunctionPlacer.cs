using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// Decides where each function's safe method goes (CONTRACT-FORMAT "Shape of the generated API"): an instance
/// method when its first parameter is a handle or struct (not nullable), else a static factory when it hands out a
/// new owned handle, else the static class. Functions the runtime calls itself (release, retain, struct init and
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

        if (first is { Out: null, Nullable: false, Value: null } && context.Handle(first.Handle) is { } handle)
            return new Placement(handle.ClassName, MethodKind.Instance, 0, handle, null, handle.CTypeName);
        if (first is { Out: null, Nullable: false, Value: null } && context.Struct(first.Struct) is { } shape)
            return new Placement(shape.ClassName, MethodKind.Instance, 0, null, shape, shape.CTypeName);
        if (HandedOutOwnedHandle(function) is { } created)
            return new Placement(created.ClassName, MethodKind.Factory, null, created, null, created.CTypeName);
        return new Placement(context.StaticClass, MethodKind.Static, null, null, null, null);
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
