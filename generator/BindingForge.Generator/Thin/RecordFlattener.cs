using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>A field of a record with its offset from the start of the outermost record.</summary>
internal sealed record FlatField(FieldDecl Field, long OffsetBits)
{
    public long OffsetBytes => OffsetBits / 8;
}

/// <summary>
/// Lifts the fields of C11 anonymous struct and union members into their parent, at their absolute offsets, so that
/// <c>s.i</c> works in C# as in C. The parent then needs an explicit layout when the members overlap.
/// </summary>
internal static class RecordFlattener
{
    public static List<FlatField> Flatten(RecordDecl record, HeaderModel model)
    {
        var result = new List<FlatField>();
        Add(record, 0, model, result);
        return result;
    }

    private static void Add(RecordDecl record, long baseBits, HeaderModel model, List<FlatField> result)
    {
        foreach (var field in record.Fields)
        {
            if (field.IsAnonymousMember && model.Resolve(field.Type) is RecordRef r && model.FindRecord(r.Name) is { IsComplete: true } inner)
                Add(inner, baseBits + field.OffsetBits, model, result);
            else
                result.Add(new FlatField(field, baseBits + field.OffsetBits));
        }
    }
}
