using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// Builds the safe render model: decides the classes (<see cref="SymbolBuilder"/>), places every function the thin
/// layer bound (<see cref="FunctionPlacer"/>), plans and emits its method (<see cref="MethodBuilder"/>), adds the
/// struct factories and properties, the exceptions and the callback bridges. Functions are visited in header order,
/// so the output is deterministic.
/// </summary>
internal sealed class SafeBuilder(SafeContext context)
{
    public (SafeRenderModel Model, IReadOnlyList<string> Uncovered) Build()
    {
        SymbolBuilder.Build(context);
        var handles = context.Handles.Values.ToDictionary(h => h.CTypeName, h => HandleClassBuilder.Start(context, h), StringComparer.Ordinal);
        var structs = context.Structs.Values.ToDictionary(s => s.CTypeName, s => StructClassBuilder.Start(context, s), StringComparer.Ordinal);
        var statics = new ClassMembers(context.StaticClass, isHandleClass: false, context.TypeNames);
        var methods = new MethodBuilder(context);
        foreach (var shape in context.Structs.Values)
            StructClassBuilder.AddFactories(context, shape, structs[shape.CTypeName], methods);

        var placer = new FunctionPlacer(context);
        var inits = context.Structs.Values.SelectMany(s => s.Bound.Inits.Select(i => i.Init.Name)).ToHashSet(StringComparer.Ordinal);
        foreach (var decl in context.Thin.Model.Functions.Where(f => !f.IsVariadic && !inits.Contains(f.Name)))
        {
            var listed = context.Contract.FindFunction(decl);
            if (listed?.Skip is not null)
                continue;
            if (!context.Thin.Has(decl.Name))
                continue;
            var function = listed ?? SyntheticFunctions.For(context, decl);
            if (placer.Place(function) is not { } placement)
                continue;
            var members = placement.Handle is { } h ? handles[h.CTypeName] : placement.Struct is { } s ? structs[s.CTypeName] : statics;
            methods.Add(function, placement, members, listed is not null);
        }

        GlobalProperties.Add(context, statics);
        ReportUnbound();
        foreach (var shape in context.Structs.Values)
            StructClassBuilder.AddFieldProperties(context, shape, structs[shape.CTypeName]);

        var classes = context.Handles.Values.Select(h => HandleClassBuilder.Finish(context, h, handles[h.CTypeName]))
            .Concat(context.Structs.Values.Select(s => StructClassBuilder.Finish(context, s, structs[s.CTypeName])))
            .Append(StaticClass(statics))
            .ToList();
        var (exceptions, factories) = ErrorsBuilder.Build(context);
        var model = new SafeRenderModel
        {
            Namespace = context.Options.Namespace,
            Usings = Usings,
            Classes = classes,
            Exceptions = exceptions,
            ErrorsClass = context.ErrorsClass,
            ErrorFactories = factories,
            ErrorsFile = context.StaticClass + ".Errors.cs",
            Delegates = context.Callbacks.Delegates,
            CallbacksClass = context.CallbacksClass,
            Trampolines = context.Callbacks.Trampolines,
            CallbacksFile = context.StaticClass + ".Callbacks.cs",
            Enums = [.. ContractEnums.Build(context), .. OptionEnums.Build(context)],
            EnumsFile = context.StaticClass + ".Enums.cs",
        };
        return (model, methods.Uncovered);
    }

    /// <summary>What every safe file imports.</summary>
    private static readonly string[] Usings = ["System", "System.Runtime.CompilerServices", "System.Runtime.InteropServices", RuntimeNames.Namespace];

    private ClassRender StaticClass(ClassMembers members) => new(
        context.StaticClass + ".cs",
        [$"/// <summary>The functions of <c>{Docs.Escape(context.Options.Library)}</c> that belong to no handle, with the contract's checks.</summary>"],
        "public static unsafe partial",
        context.StaticClass,
        null,
        [.. members.All]);

    /// <summary>Contract entries for functions the thin layer did not bind (BF3506).</summary>
    private void ReportUnbound()
    {
        foreach (var function in context.Contract.Functions.Where(f => f.Skip is null && !f.Decl.IsVariadic && !context.Thin.Has(f.CName)))
        {
            context.Diagnostics.Info(SafeDiagnosticIds.NotInThinLayer,
                $"'{function.CName}' has a contract entry, but the thin layer does not bind it (excluded by select, or an unsupported type); it has no safe method",
                function.Provenance.Location);
        }
    }
}
