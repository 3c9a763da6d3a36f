namespace BindingForge.Contracts.Vocabulary;

/// <summary>
/// What a key's value looks like in YAML, as data: a closed set of shapes (<see cref="FlagShape"/>,
/// <see cref="TextShape"/>, <see cref="SymbolShape"/>, <see cref="IntegerShape"/>, <see cref="EnumShape"/>,
/// <see cref="ListShape"/>, <see cref="MappingShape"/>, <see cref="EntriesShape"/>, <see cref="OneOfShape"/>).
/// </summary>
public abstract record ValueShape
{
    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static ValueShape Flag { get; } = new FlagShape();

    /// <summary>Free text.</summary>
    public static ValueShape Text { get; } = new TextShape();

    /// <summary>A C# identifier.</summary>
    public static ValueShape Identifier { get; } = new SymbolShape(SymbolKind.CSharpIdentifier);

    public static ValueShape Function { get; } = new SymbolShape(SymbolKind.Function);

    public static ValueShape Parameter { get; } = new SymbolShape(SymbolKind.Parameter);

    public static ValueShape CType { get; } = new SymbolShape(SymbolKind.CType);

    /// <summary>A list of texts.</summary>
    public static ValueShape TextList { get; } = new ListShape(new TextShape());

    private protected ValueShape()
    {
    }
}
