using System.Collections.Immutable;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Binding;

/// <summary>Looks up macro constants and enumerators of the header by name.</summary>
internal sealed class ConstantResolver
{
    private readonly Dictionary<string, ConstantValue> _values = new(StringComparer.Ordinal);

    public ConstantResolver(HeaderModel header)
    {
        foreach (var constant in header.Constants)
            _values.TryAdd(constant.Name, constant.Value);
        foreach (var member in header.Enums.SelectMany(e => e.Members))
            _values.TryAdd(member.Name, new IntegerConstant(member.Value, PrimitiveKind.Int));
    }

    public IEnumerable<string> Names => _values.Keys;

    /// <summary>An integer for integer, enumerator and pointer constants; null for anything else or an unknown name.</summary>
    public Int128? Integer(string name) => _values.GetValueOrDefault(name) switch
    {
        IntegerConstant integer => integer.Value,
        PointerConstant pointer => pointer.Value,
        _ => null,
    };

    /// <summary>The bytes of a string macro, or null.</summary>
    public ImmutableArray<byte>? String(string name) =>
        _values.GetValueOrDefault(name) is StringConstant text ? text.Utf8 : null;

    public bool Contains(string name) => _values.ContainsKey(name);

    /// <summary>True for an integer macro or an enumerator (not a pointer constant).</summary>
    public bool IsIntegerConstant(string name) => _values.GetValueOrDefault(name) is IntegerConstant;
}
