using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The <c>int</c> expression that gives the element (or byte) count of an array or string parameter, the same way
/// the strategy that marshals it will hold it: a span's <c>Length</c>, a UTF-8 buffer's byte <c>Length</c>, a
/// string's <c>Length</c> in UTF-16 units.
/// </summary>
internal static class LengthSources
{
    public static string? Of(FunctionSite function, BoundParam served)
    {
        var name = function.Name(served.Index);
        if (served.Array is not null)
            return $"{name}.Length";
        return served.String switch
        {
            StringEncoding.Utf16 => served.Nullable ? $"({name}?.Length ?? 0)" : $"{name}.Length",
            StringEncoding.Bytes => $"{name}.Length",
            StringEncoding.Utf8 or StringEncoding.Ascii when StringIn.PinsSpanDirectly(function, served) => $"{name}.Length",
            StringEncoding.Utf8 or StringEncoding.Ascii => $"{function.Local(served.Index)}.Length",
            _ => null,
        };
    }
}
