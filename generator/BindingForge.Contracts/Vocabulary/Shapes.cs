namespace BindingForge.Contracts.Vocabulary;

/// <summary>The value shapes several keys share.</summary>
internal static class Shapes
{
    /// <summary>The word <c>length:</c> takes for a NUL-terminated string or array.</summary>
    public const string NullTerminated = "null-terminated";

    /// <summary><c>owned: true|false</c> or <c>owned: { free: fn }</c>.</summary>
    public static readonly ValueShape Owned = new OneOfShape(ValueShape.Flag, new MappingShape(OwnedKeys.Table));

    /// <summary><c>borrowed: true|false</c>, <c>{ until: [fn...] }</c> or <c>{ of: param }</c>.</summary>
    public static readonly ValueShape Borrowed = new OneOfShape(ValueShape.Flag, new MappingShape(BorrowedKeys.Table));

    /// <summary><c>length: name</c>, <c>null-terminated</c>, <c>{ fixed: N }</c> or <c>{ call: fn }</c>.</summary>
    public static readonly ValueShape Length = new OneOfShape(new SymbolShape(SymbolKind.Parameter, NullTerminated), new MappingShape(LengthKeys.Table));

    /// <summary><c>parent: p</c> or <c>parent: [a, b]</c>.</summary>
    public static readonly ValueShape Parents = new OneOfShape(ValueShape.Parameter, new ListShape(ValueShape.Parameter));

    /// <summary>A number, or a macro/enumerator name.</summary>
    public static readonly ValueShape SymbolOrNumber = new OneOfShape(new IntegerShape(), new SymbolShape(SymbolKind.Constant));

    /// <summary>A list of field (or parameter) names.</summary>
    public static readonly ValueShape Names = new ListShape(ValueShape.Parameter);
}
