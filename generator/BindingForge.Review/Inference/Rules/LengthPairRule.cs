using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Evidence;

namespace BindingForge.Review.Inference.Rules;

/// <summary>
/// <c>(ptr, len)</c> pairs: a data pointer followed by an integer named as its length (<c>n</c>, <c>len</c>,
/// <c>nByte</c>, <c>num_unsaved_files</c>, <c>destLen</c> ...) is an array whose length the safe layer computes. A
/// <c>const char *</c> with a length is text with a byte count; <c>const</c> data is read (<c>array: in</c>), other
/// data is written (<c>out</c>, or <c>inout</c> when Doxygen says so) unless its name says it is input (<c>source</c>). A length passed by pointer carries the
/// capacity in and the count out (<c>inout</c>).
/// </summary>
internal sealed class LengthPairRule : IInferenceRule
{
    public string Name => "length-pair";

    public void Apply(InferenceContext context, ClaimBoard claims)
    {
        foreach (var function in context.Functions.Where(f => !Allocates(context.Words(f.Name))))
        {
            for (var i = 0; i + 1 < function.Parameters.Length; i++)
            {
                var data = function.Parameters[i];
                var length = function.Parameters[i + 1];
                if (IsBuffer(context, data.Type) && context.Types.IsIntegerOrPointerToInteger(length.Type) && IsLengthName(length.Name, data.Name)
                    && !(IsBareN(length.Name) && context.Types.IsCharPointer(data.Type)) && !IsScalarOutPair(context.Types, data.Type, length.Type))
                    Pair(context, claims, function, data, length);
            }
        }
    }

    private void Pair(InferenceContext context, ClaimBoard claims, FunctionDecl function, ParameterDecl data, ParameterDecl length)
    {
        var types = context.Types;
        var subject = Subject.Param(function.Name, data.Name);
        var source = $"`({data.Name}, {length.Name})` pointer and length";
        claims.Add(subject, Facts.Length, length.Name, Strength.Shape, Name, source);
        if (types.Shape.IsPointer(length.Type))
            claims.Add(Subject.Param(function.Name, length.Name), Facts.InOut, "true", Strength.Shape, Name, $"`{length.Type.Spelling}` length: capacity in, count out");
        if (types.IsCharPointer(data.Type) && types.PointsToConst(data.Type) && types.Shape.Resolve(types.Pointee(data.Type)!) is PrimitiveType { Kind: not PrimitiveKind.UChar })
            return; // text with a byte count: the text rule says string
        var direction = Direction(claims, subject, types.PointsToConst(data.Type) || NamesInput(data.Name));
        claims.Add(subject, Facts.Array, direction, types.PointsToConst(data.Type) ? Strength.Const : Strength.Shape, Name,
            types.PointsToConst(data.Type) || direction != "in" ? source : $"{source}; `{data.Name}` names input");
        if (types.IsVoidPointer(data.Type))
            claims.Add(subject, Facts.Element, "byte", Strength.Shape, Name, $"`{data.Type.Spelling}` buffer: bytes");
    }

    private static string Direction(ClaimBoard claims, Subject subject, bool isConst)
    {
        var declared = claims.About(subject, Facts.Direction).FirstOrDefault()?.Value;
        return isConst ? "in" : declared is "inout" or "in" ? declared : "out";
    }

    /// <summary>A pointer to data: not to a function, not to a handle something hands out, not a <c>T**</c> output.</summary>
    private static bool IsBuffer(InferenceContext context, CType type)
    {
        var types = context.Types;
        if (!types.IsDataPointer(type) || OwnershipTargets.IsOutValue(types, type))
            return false;
        return types.HandleOfValue(type) is not { } handle || (!handle.IsOpaque && context.ProducersOf(handle).Count == 0);
    }

    /// <summary><c>(int *offset, int *size)</c>: two outputs, not an array and its length.</summary>
    private static bool IsScalarOutPair(TypeFacts types, CType data, CType length) =>
        types.Shape.IsPointer(length) && !types.PointsToConst(data) && types.Pointee(data) is { } pointee
        && types.Shape.IsScalar(pointee) && !types.IsChar(pointee);

    /// <summary><c>x_malloc(size)</c>, <c>x_realloc(ptr, size)</c>: the size is an allocation size, not a buffer's length.</summary>
    private static bool Allocates(NameWords words) => words.Words.Any(w => w is "malloc" or "realloc" or "calloc" or "alloc");

    /// <summary>Names of data a function reads even when the pointer is not const (old C APIs).</summary>
    private static bool NamesInput(string name)
    {
        var lower = name.ToLowerInvariant();
        return lower is "src" or "source" or "input" or "in" or "inbuf" or "data" or "text" || lower.StartsWith("src", StringComparison.Ordinal)
            || lower.StartsWith("source", StringComparison.Ordinal) || lower.StartsWith("input", StringComparison.Ordinal);
    }

    /// <summary><c>n</c> alone next to text is as often an index or a count of something else (<c>sqlite3_uri_key(z, N)</c>).</summary>
    private static bool IsBareN(string name) => name is "n" or "N";

    /// <summary><c>n</c>, <c>len</c>, <c>size</c>, <c>count</c>, <c>nByte</c>, <c>destLen</c>, <c>num_files</c> for <c>files</c> ...</summary>
    public static bool IsLengthName(string name, string dataName)
    {
        var lower = name.ToLowerInvariant();
        var data = (dataName.Length > 1 && dataName[0] == 'p' && char.IsUpper(dataName[1]) ? dataName[1..] : dataName).ToLowerInvariant();
        string[] exact = ["n", "len", "length", "size", "count", "num", "cnt", "nbyte", "nbytes", "bytes", "nchar", "nchars", "sz", "cb", "nelem", "nmemb", "bufsize", "buflen"];
        string[] endings = ["len", "length", "size", "count", "bytes", "_n"];
        if (exact.Contains(lower))
            return true;
        foreach (var ending in endings.Where(e => lower.EndsWith(e, StringComparison.Ordinal) && lower.Length > e.Length))
        {
            var stem = lower[..^ending.Length].TrimEnd('_');
            if (stem.Length > 0 && data.Length > 0 && (data.StartsWith(stem, StringComparison.Ordinal) || stem.StartsWith(data, StringComparison.Ordinal)))
                return true;
        }

        return data.Length > 0 && (lower == "n" + data || lower == "num" + data || lower == "num_" + data || lower == "n_" + data || lower == "num" + data.TrimEnd('s'));
    }
}
