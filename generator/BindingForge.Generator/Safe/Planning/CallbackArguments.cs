using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// What the delegate of a C callback takes, argument by argument, and how its trampoline converts each one: the
/// user data is left out; a library object the contract has a handle for is a borrowed handle valid only inside the
/// call (disposed when the delegate returns); a <c>T **</c> of such objects or a <c>char **</c> of rows, after the
/// integer that counts them, is an array (the count is left out); <c>const char *</c> is a copied <c>string?</c>;
/// a byte pointer followed by its size (and a count) is a span over the bytes; scalars are what the safe layer makes
/// of them (<c>bool</c>, <c>long</c>). Names come from the contract's <c>args</c>, else from the types.
/// <code>
/// sqlite3_exec: int (*)(void *, int, char **, char **)  ->  delegate int ExecCallback(string?[] values, string?[] names)
/// xFunc: void (*)(sqlite3_context *, int, sqlite3_value **)  ->  delegate void Function(FunctionContext context, Value[] values)
/// </code>
/// </summary>
internal static class CallbackArguments
{
    /// <summary>One argument the delegate takes: its type and name, the local the trampoline prepares, and the lines
    /// that prepare it before the call and end it after.</summary>
    public sealed record Argument(string Type, string Name, string Expression, string? Prepare, string? End);

    /// <summary>The delegate's arguments, in C order.</summary>
    public static List<Argument> Plan(SafeContext context, CallbackFact fact, IReadOnlyList<MappedType> thin, int? skipped)
    {
        var signature = fact.Signature;
        var kinds = signature.Parameters.Select((p, i) => Classify(context, p, thin[i])).ToArray();
        var hidden = new bool[kinds.Length];
        if (skipped is { } s)
            hidden[s] = true;
        for (var i = 0; i < kinds.Length; i++)
        {
            if (hidden[i])
                continue;
            if (kinds[i] is Kind.Rows or Kind.HandleArray && CountOf(kinds, thin, hidden, i) is { } count)
                hidden[count] = true;
            else if (kinds[i] is Kind.Rows or Kind.HandleArray)
                kinds[i] = Kind.Raw;
            if (kinds[i] is Kind.Bytes or Kind.MutableBytes && i + 1 < kinds.Length && IsSize(thin[i + 1]) && !hidden[i + 1])
                hidden[i + 1] = true;
            else if (kinds[i] is Kind.Bytes or Kind.MutableBytes)
                kinds[i] = Kind.Raw;
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        var arguments = new List<Argument>();
        for (var i = 0; i < kinds.Length; i++)
        {
            if (hidden[i])
                continue;
            var name = Unique(fact.ArgumentNames.IsDefaultOrEmpty ? DefaultName(context, kinds[i], signature.Parameters[i], thin[i]) : fact.ArgumentNames[i], used);
            arguments.Add(Convert(context, kinds[i], signature.Parameters[i], thin, i, name, CountArgument(kinds, thin, hidden, i)));
        }

        return arguments;
    }

    private enum Kind { Scalar, Handle, HandleArray, Rows, Text, Bytes, MutableBytes, Raw }

    private static Kind Classify(SafeContext context, CType type, MappedType thin)
    {
        if (HandleOf(context, thin.Name) is not null)
            return Kind.Handle;
        if (thin.Name.EndsWith("**", StringComparison.Ordinal) && HandleOf(context, thin.Name[..^1]) is not null)
            return Kind.HandleArray;
        if (thin.Name is "byte**" or "sbyte**")
            return Kind.Rows;
        var pointee = (type as PointerType)?.Pointee;
        var isChar = pointee is PrimitiveType { Kind: PrimitiveKind.Char or PrimitiveKind.SChar };
        if (thin.Name is "byte*" or "sbyte*" && isChar && pointee!.IsConst)
            return Kind.Text;
        if (thin.Name is "byte*" or "sbyte*" or "void*")
            return pointee?.IsConst == true ? Kind.Bytes : Kind.MutableBytes;
        return thin.IsPointer ? Kind.Raw : Kind.Scalar;
    }

    /// <summary>The integer right before a run of arrays that ends at <paramref name="index"/>: their count.</summary>
    private static int? CountOf(Kind[] kinds, IReadOnlyList<MappedType> thin, bool[] hidden, int index)
    {
        var j = index - 1;
        while (j >= 0 && kinds[j] is Kind.Rows or Kind.HandleArray)
            j--;
        // Several arrays in a row share the count before them (sqlite3_exec's values and names).
        var shared = index - 1 > j;
        return j >= 0 && (!hidden[j] || shared) && Conversions.IsInteger(thin[j]) ? j : null;
    }

    /// <summary>The count of an array argument (<c>arg1</c>), or its size (and count) for a byte span.</summary>
    private static string? CountArgument(Kind[] kinds, IReadOnlyList<MappedType> thin, bool[] hidden, int index)
    {
        if (kinds[index] is Kind.Rows or Kind.HandleArray)
        {
            var j = index - 1;
            while (j >= 0 && kinds[j] is Kind.Rows or Kind.HandleArray)
                j--;
            return Conversions.ToInt($"arg{j}", thin[j]);
        }

        if (kinds[index] is Kind.Bytes or Kind.MutableBytes)
            return $"(ulong)arg{index + 1}";
        return null;
    }

    private static bool IsSize(MappedType type) => Conversions.IsInteger(type) && type.Name is not ("byte" or "sbyte");

    private static HandleInfo? HandleOf(SafeContext context, string pointerType) =>
        context.Handles.Values.FirstOrDefault(h => h.PointerType == pointerType);

    private static Argument Convert(SafeContext context, Kind kind, CType type, IReadOnlyList<MappedType> thin, int index, string name, string? count)
    {
        var arg = $"arg{index}";
        var local = "__" + SafeNames.Bare(name);
        switch (kind)
        {
            case Kind.Handle:
                var handle = HandleOf(context, thin[index].Name)!;
                return new Argument(handle.ClassName, name, local,
                    $"var {local} = {RuntimeNames.CallbackArguments.Borrow}(new {handle.ClassName}(), {arg});", $"{local}.Dispose();");
            case Kind.HandleArray:
                var element = HandleOf(context, thin[index].Name[..^1])!;
                return new Argument(element.ClassName + "[]", name, local,
                    $"var {local} = {RuntimeNames.CallbackArguments.BorrowAll}(static () => new {element.ClassName}(), (void**){arg}, {count});",
                    $"{RuntimeNames.CallbackArguments.EndAll}({local});");
            case Kind.Rows:
                return new Argument("string?[]", name, $"{RuntimeNames.CallbackArguments.Utf8Rows}((byte**){arg}, {count})", null, null);
            case Kind.Text:
                return new Argument("string?", name, $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*){arg})", null, null);
            case Kind.Bytes:
                return new Argument("ReadOnlySpan<byte>", name, $"{RuntimeNames.CallbackArguments.Bytes}({arg}, {count})", null, null);
            case Kind.MutableBytes:
                return new Argument("Span<byte>", name, $"new Span<byte>({arg}, checked((int){count}))", null, null);
            case Kind.Scalar:
                return new Argument(Conversions.SafeType(thin[index]), name, Conversions.FromNative(arg, thin[index]), null, null);
            default:
                return new Argument(thin[index].Name, name, arg, null, null);
        }
    }

    private static string DefaultName(SafeContext context, Kind kind, CType type, MappedType thin) => kind switch
    {
        Kind.Handle => Camel(HandleOf(context, thin.Name)!.ClassName),
        Kind.HandleArray => Camel(HandleOf(context, thin.Name[..^1])!.ClassName) + "s",
        Kind.Rows => "values",
        Kind.Text => "text",
        Kind.Bytes or Kind.MutableBytes => "data",
        Kind.Raw => "pointer",
        _ => "value",
    };

    private static string Camel(string pascal) => SafeNames.Parameter(pascal);

    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = SafeNames.Parameter(name);
        for (var i = 2; !used.Add(SafeNames.Bare(candidate)); i++)
            candidate = SafeNames.Parameter(name + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return candidate;
    }
}
