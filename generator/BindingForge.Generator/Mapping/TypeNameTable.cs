using BindingForge.Generator.CSharp;
using BindingForge.Generator.Passes;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Mapping;

/// <summary>
/// The C# name of every record and enum. A typedef name wins over the tag (<c>z_stream</c>, not <c>z_stream_s</c>);
/// an anonymous record used by a field is named after it (<c>{Parent}_{field}</c>); a clash gets a trailing
/// underscore and a warning. Records only seen behind pointers, declared in headers the generator does not read,
/// are collected here as opaque types.
/// </summary>
internal sealed class TypeNameTable
{
    private readonly Dictionary<string, string> _records = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _enums = new(StringComparer.Ordinal);
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, string> _external = new(StringComparer.Ordinal);

    /// <param name="model">The selected header model.</param>
    /// <param name="generated">The generated classes whose names are fixed (<see cref="GeneratedTypeNames.Fixed"/>): taken
    /// before any C type claims a name, so a C type named like one of them is renamed with a warning.</param>
    /// <param name="diagnostics">Where renames are reported.</param>
    public TypeNameTable(HeaderModel model, IEnumerable<string> generated, DiagnosticBag diagnostics)
    {
        _taken.UnionWith(generated);
        var anonymousOwners = AnonymousOwners(model);
        foreach (var record in model.Records)
            _records[record.Name] = Claim(BaseName(record, anonymousOwners), record.Location, diagnostics);
        foreach (var e in model.Enums.Where(e => !SelectPass.IsUnnamed(e)))
            _enums[e.Name] = Claim(CSharpNames.TypeIdentifier(e.TypedefName ?? e.Name), e.Location, diagnostics);
    }

    /// <summary>The C# name of a record of the model, by its model name.</summary>
    public string Record(string name) => _records[name];

    /// <summary>The C# name of a named enum of the model.</summary>
    public string Enum(string name) => _enums[name];

    /// <summary>
    /// The C# name of a record the model does not declare (only pointers to it appear). It is emitted as an empty
    /// struct so that pointers to it stay typed.
    /// </summary>
    public string External(string name)
    {
        if (_records.TryGetValue(name, out var known))
            return known;
        if (!_external.TryGetValue(name, out var csharp))
        {
            csharp = CSharpNames.TypeIdentifier(name);
            while (!_taken.Add(csharp))
                csharp += "_";
            _external[name] = csharp;
        }

        return csharp;
    }

    /// <summary>The C# name of every record and named enum of the model, by model name (records first).</summary>
    public IReadOnlyDictionary<string, string> Declared =>
        _records.Concat(_enums.Where(e => !_records.ContainsKey(e.Key))).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    /// <summary>Every name taken: the generated classes reserved up front, then each record, enum and opaque type.</summary>
    public IReadOnlyCollection<string> Taken => _taken;

    /// <summary>Opaque records referenced but not declared, by C# name, in name order.</summary>
    public IEnumerable<string> ExternalRecords => _external.Values.Order(StringComparer.Ordinal);

    private string Claim(string name, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (_taken.Add(name))
            return name;
        var renamed = name + "_";
        while (!_taken.Add(renamed))
            renamed += "_";
        diagnostics.Warning(DiagnosticIds.NameConflict, $"the C# type name '{name}' is already used; this type is named '{renamed}'", location);
        return renamed;
    }

    private string BaseName(RecordDecl record, Dictionary<string, (RecordDecl Parent, string Field)> owners)
    {
        if (record.TypedefName is { } typedefName)
            return CSharpNames.TypeIdentifier(typedefName);
        if (!record.IsAnonymous)
            return CSharpNames.TypeIdentifier(record.Name);
        if (owners.TryGetValue(record.Name, out var owner))
        {
            var parent = _records.TryGetValue(owner.Parent.Name, out var named)
                ? CSharpNames.Unescaped(named)
                : CSharpNames.Unescaped(BaseName(owner.Parent, owners));
            return CSharpNames.TypeIdentifier($"{parent}_{owner.Field}");
        }

        return CSharpNames.TypeIdentifier(record.Name);
    }

    /// <summary>For each anonymous record, the named field that uses it by value (anonymous members are flattened).</summary>
    private static Dictionary<string, (RecordDecl Parent, string Field)> AnonymousOwners(HeaderModel model)
    {
        var owners = new Dictionary<string, (RecordDecl, string)>(StringComparer.Ordinal);
        foreach (var record in model.Records)
        {
            foreach (var field in record.Fields.Where(f => !f.IsAnonymousMember))
            {
                if (ElementOf(field.Type) is RecordRef r && model.FindRecord(r.Name) is { IsAnonymous: true, TypedefName: null })
                    owners.TryAdd(r.Name, (record, field.Name));
            }
        }

        return owners;
    }

    private static CType ElementOf(CType type) => type switch
    {
        ArrayType a => ElementOf(a.Element),
        PointerType p => ElementOf(p.Pointee),
        _ => type,
    };
}
