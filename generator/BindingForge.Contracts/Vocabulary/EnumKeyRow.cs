namespace BindingForge.Contracts.Vocabulary;

/// <summary>A key whose value is one of the spellings of <typeparamref name="T"/>: <c>threading: exclusive</c>.</summary>
public sealed record EnumKeyRow<T>(string Key, EnumSpelling<T> Spelling, string Doc) : KeyRow(Key, new EnumShape(Spelling.Spellings), Doc)
    where T : struct, Enum
{
    /// <summary>The row's diff words with <paramref name="value"/> spelled as a contract writes it.</summary>
    public string DiffText(T value) => Diff!.Text(Spelling.TextOf(value));
}
