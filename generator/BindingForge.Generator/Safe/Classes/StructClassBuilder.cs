using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// A caller-allocated struct class (<c>structs:</c>): derives from the runtime's <c>CallerAllocatedHandle</c>, which owns
/// the zeroed, never-moving memory; one static factory per init (<see cref="CallerAllocatedStruct"/>); a
/// <c>Cleanup</c> that runs the cleanup of the init that succeeded; read-only properties for its scalar fields and
/// its text fields:
/// <code>
/// protected override void Cleanup(nint pointer, int init)
/// {
///     switch (init)
///     {
///         case 0:
///         case 1:
///             _ = ZlibNative.deflateEnd((z_stream*)pointer);
///             break;
///     }
/// }
/// </code>
/// </summary>
internal static class StructClassBuilder
{
    public static ClassMembers Start(SafeContext context, StructInfo shape)
    {
        var members = new ClassMembers(shape.ClassName, isHandleClass: true, context.TypeNames);
        var bound = shape.Bound;
        members.Fixed.Add(HandleClassBuilder.Constructor(shape.ClassName, "Creates an unattached instance; the factories initialise it.",
            $"{SafeContext.ThreadingMode(bound.Threading)}, {context.Enforcement}, {SafeContext.ReleaseThreadMember(bound.ReleaseOn)}"));
        members.Fixed.Add(Cleanup(context, shape));
        return members;
    }

    /// <summary>Adds a factory per init, then the field properties.</summary>
    public static void AddFactories(SafeContext context, StructInfo shape, ClassMembers members, MethodBuilder methods)
    {
        var placement = new Placement(shape.ClassName, MethodKind.Factory, null, null, shape, shape.CTypeName);
        foreach (var (init, index) in shape.Bound.Inits.Select((init, index) => (init, index)))
        {
            var facts = context.Contract.FindFunction(init.Init.Name) ?? SyntheticFunctions.For(context, init.Init);
            if (facts.Return.Error is null && !context.Thin.IsVoid(init.Init.ReturnType))
            {
                context.Diagnostics.Warning(SafeDiagnosticIds.InitWithoutError,
                    $"'{init.Init.Name}' initialises {shape.ClassName} but has no `returns: {{ error: ... }}`: a failed init cannot be detected, and its cleanup would still run",
                    init.Provenance.Location);
            }

            var target = new CallerAllocatedStruct(shape, index);
            methods.Add(facts, placement, members, listed: true, init.Name ?? context.Names.Method(init.Init.Name, shape.CTypeName), target);
        }
    }

    /// <summary>Read-only properties: scalar fields (not buffer lengths) and text fields.</summary>
    public static void AddFieldProperties(SafeContext context, StructInfo shape, ClassMembers members)
    {
        var bound = shape.Bound;
        var buffers = bound.Fields.Where(f => f.Array is not null).SelectMany(f => new[] { f.Field.Name, (f.Length as FieldLength)?.FieldName }).OfType<string>().ToHashSet();
        foreach (var field in bound.Record.Fields.Where(f => f.BitWidth is null && !f.IsAnonymousMember && !buffers.Contains(f.Name)))
        {
            var facts = bound.Fields.FirstOrDefault(f => f.Field.Name == field.Name);
            var mapped = context.Thin.Map(field.Type, TypePosition.Field);
            var access = $"(({shape.PointerType})__lease.{RuntimeNames.HandleLease.Pointer})->{CSharpNames.Identifier(field.Name)}";
            string? type = null, value = null;
            if (facts?.String is StringEncoding.Utf8 or StringEncoding.Ascii && mapped.Name is "byte*" or "sbyte*")
            {
                (type, value) = ("string?", $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*){access})");
            }
            else if (mapped is { IsSupported: true, IsPointer: false, IsFlexibleArray: false, Record: null, Element: null, Primitive: not null })
            {
                (type, value) = (Conversions.SafeType(mapped), Conversions.FromNative(access, mapped));
            }

            if (type is null)
                continue;
            var name = members.Names.Claim(SafeNames.Pascal(field.Name), $"{bound.CTypeName}.{field.Name}", bound.Provenance.Location, context.Diagnostics);
            var doc = field.Doc is { } d ? DocComments.For(d) : [$"/// <summary>The <c>{Docs.Escape(field.Name)}</c> field.</summary>"];
            members.Methods.Add(new ReadOnlyPropertyRender([.. doc], name, $"public {type} {name}",
                [$"using var __lease = {context.EnterMethod(shape.Bound.Threading, access: HandleAccess.Read)}();", $"return {value};"]));
        }
    }

    public static ClassRender Finish(SafeContext context, StructInfo shape, ClassMembers members)
    {
        var record = shape.Bound.Record;
        var doc = record.Doc ?? context.Thin.Model.FindTypedef(shape.CTypeName)?.Doc;
        var remark = $"Caller-allocated: the struct lives in zeroed native memory that never moves; each factory runs one init, and Dispose runs that init's cleanup once. Threading: {shape.Bound.Threading}.";
        var lines = DocComments.For(doc, remark).ToList();
        if (doc is null)
            lines.Insert(0, $"/// <summary>A native <c>{Docs.Escape(shape.CTypeName)}</c> the library initialises in place.</summary>");
        return new ClassRender(shape.ClassName + ".cs", lines, HandleClassBuilder.SealedModifiers, shape.ClassName,
            RuntimeNames.CallerAllocatedHandle.Type, [.. members.All]);
    }

    /// <summary>A <c>case</c> per init, the inits that share a cleanup under one call.</summary>
    private static MethodRender Cleanup(SafeContext context, StructInfo shape)
    {
        var sections = new List<StatementRender>();
        foreach (var group in shape.Bound.Inits.Select((init, index) => (init.Cleanup, index)).GroupBy(p => p.Cleanup.Name, StringComparer.Ordinal))
        {
            var labels = group.Select(p => $"case {p.index}:").ToList();
            sections.AddRange(StatementRender.Lines(labels.SkipLast(1)));
            sections.Add(StatementRender.Indented(labels[^1], [$"{HandleClassBuilder.PointerCall(context, group.First().Cleanup)};", "break;"]));
        }

        return new MethodRender(["/// <summary>Runs the cleanup of the init that succeeded.</summary>"], [], RuntimeNames.CallerAllocatedHandle.Cleanup,
            $"protected override void {RuntimeNames.CallerAllocatedHandle.Cleanup}(nint pointer, int init)",
            [StatementRender.Block("switch (init)", sections)]);
    }
}
