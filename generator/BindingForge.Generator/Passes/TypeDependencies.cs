using BindingForge.Model.Header;

namespace BindingForge.Generator.Passes;

/// <summary>
/// The named types a set of declarations needs, transitively: the typedefs, records and enums their signatures and
/// fields mention, through pointers, arrays and function pointers. A pointer to a record needs the record too, so
/// that <c>z_stream*</c> stays typed.
/// </summary>
internal sealed class TypeDependencies(HeaderModel model)
{
    public HashSet<string> Typedefs { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Records { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Enums { get; } = new(StringComparer.Ordinal);

    public void AddFunction(FunctionDecl function)
    {
        Add(function.ReturnType);
        foreach (var parameter in function.Parameters)
            Add(parameter.Type);
    }

    public void AddRecord(RecordDecl record)
    {
        if (!Records.Add(record.Name))
            return;
        foreach (var field in record.Fields)
            Add(field.Type);
    }

    public void AddTypedef(TypedefDecl typedef)
    {
        if (Typedefs.Add(typedef.Name))
            Add(typedef.Underlying);
    }

    public void Add(CType type)
    {
        switch (type)
        {
            case PointerType pointer:
                Add(pointer.Pointee);
                break;
            case ArrayType array:
                Add(array.Element);
                break;
            case FunctionType function:
                Add(function.ReturnType);
                foreach (var parameter in function.Parameters)
                    Add(parameter);
                break;
            case TypedefRef typedef when model.FindTypedef(typedef.Name) is { } decl:
                AddTypedef(decl);
                break;
            case RecordRef record when model.FindRecord(record.Name) is { } decl:
                AddRecord(decl);
                break;
            case EnumRef e:
                Enums.Add(e.Name);
                break;
        }
    }
}
