using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>
/// Where each vocabulary table's mapping sits in a contract, and a sample value of each shape: enough to write a
/// contract that holds one given key of one given table, with the table's required keys beside it.
/// </summary>
internal static class CapturePlacement
{
    private const string Library = "library: { name: t, headers: [t.h] }\n";

    private static readonly Dictionary<KeyTable, Func<string, string>> Places = new()
    {
        [DocumentKeys.Table] = m => m,
        [LibraryKeys.Table] = m => $"library: {m}\n",
        [SelectKeys.Table] = m => $"library: {{ name: t, headers: [t.h], select: {m} }}\n",
        [HandleKeys.Table] = m => Library + $"handles:\n  h: {m}\n",
        [ErrorKeys.Table] = m => Library + $"errors:\n  e: {m}\n",
        [LockKeys.Table] = m => Library + $"errors:\n  e: {{ type: t, success: [0], lock: {m} }}\n",
        [StructKeys.Table] = m => Library + $"structs:\n  s: {m}\n",
        [InitKeys.Table] = m => Library + $"structs:\n  s: {{ init: {{ i: {m} }} }}\n",
        [FieldKeys.Table] = m => Library + $"structs:\n  s: {{ init: [i], fields: {{ f: {m} }} }}\n",
        [FunctionKeys.Table] = m => Library + $"functions:\n  f: {m}\n",
        [ReturnKeys.Table] = m => Library + $"functions:\n  f: {{ returns: {m} }}\n",
        [NullErrorKeys.Table] = m => Library + $"functions:\n  f: {{ returns: {{ null_may_be_error: {m} }} }}\n",
        [GlobalKeys.Table] = m => Library + $"globals:\n  g: {m}\n",
        [EnumKeys.Table] = m => Library + $"enums:\n  E: {m}\n",
        [EnumMemberKeys.Table] = m => Library + $"enums:\n  E: {{ values: [t], members: {{ t: {m} }} }}\n",
        [FormKeys.Table] = m => Library + $"functions:\n  f: {{ forms: [{m}] }}\n",
        [OptionKeys.Table] = m => Library + $"functions:\n  f: {{ forms: [{{ signature: \"int f(int count)\", options: {m} }}] }}\n",
        [ParamKeys.Table] = Param(m => m),
        [OwnedKeys.Table] = Param(m => $"{{ owned: {m} }}"),
        [BorrowedKeys.Table] = Param(m => $"{{ borrowed: {m} }}"),
        [LengthKeys.Table] = Param(m => $"{{ length: {m} }}"),
        [CallbackKeys.Table] = Param(m => $"{{ callback: {m} }}"),
        [UserDataFromKeys.Table] = Param(m => $"{{ callback: {{ scope: call, user_data_from: {m} }} }}"),
        [ValueKeys.Table] = Param(m => $"{{ value: {m} }}"),
        [ProbeKeys.Table] = m => Library + $"functions:\n  f: {{ probe: {m} }}\n",
    };

    public static bool Knows(KeyTable table) => Places.ContainsKey(table);

    /// <summary>
    /// A contract whose <paramref name="table"/> mapping holds its required keys but <paramref name="without"/>, and
    /// <paramref name="key"/> (with <paramref name="value"/>, or a sample of the row's shape).
    /// </summary>
    public static string Contract(KeyTable table, string? key, string? value = null, string? without = null)
    {
        var entries = table.Rows.Where(r => (r.Required && r.Key != without) || r.Key == key).Select(r => $"{r.Key}: {Sample(r.Value)}").ToList();
        if (key is not null && !table.Contains(key))
            entries.Add($"{key}: {value}");
        if (entries.Count == 0)
            entries.Add(table == DocumentKeys.Table ? "handles: {}" : string.Empty);
        var mapping = "{ " + string.Join(", ", entries) + " }";
        return table == DocumentKeys.Table ? string.Join("\n", entries) + "\n" : Places[table](mapping);
    }

    /// <summary>A value of <paramref name="shape"/> that capture reads without complaint.</summary>
    public static string Sample(ValueShape shape) => shape switch
    {
        FlagShape => "true",
        IntegerShape i => i.Minimum is 0 ? "0" : "1",
        EnumShape e => e.Spellings[0],
        SymbolShape { Kind: SymbolKind.CSharpNamespace } => "A.B",
        SymbolShape { Kind: SymbolKind.ClangOption } => "-std=c17",
        SymbolShape { Kind: SymbolKind.CPrototype } => "\"int f(int count)\"",
        SymbolShape or TextShape => "t",
        ListShape l => $"[{Sample(l.Item)}]",
        MappingShape m => Required(m.Table),
        EntriesShape e => $"{{ x: {Required(e.Entry)} }}",
        OneOfShape o => Sample(o.Choices[0]),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, null),
    };

    private static string Required(KeyTable table) => "{ " + string.Join(", ", table.Rows.Where(r => r.Required).Select(r => $"{r.Key}: {Sample(r.Value)}")) + " }";

    private static Func<string, string> Param(Func<string, string> fact) => m => Library + $"functions:\n  f: {{ params: {{ p: {fact(m)} }} }}\n";
}
