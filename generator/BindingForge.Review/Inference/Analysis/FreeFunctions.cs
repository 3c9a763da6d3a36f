using BindingForge.Model.Header;

namespace BindingForge.Review.Inference.Analysis;

/// <summary>
/// The library's deallocators for values that are not handles: a one-argument function with a release verb that
/// takes <c>void*</c> (the library's <c>free</c>: <c>sqlite3_free</c>, <c>clang_free</c>), or a specific pointer type
/// (<c>sqlite3_free_table(char **)</c>, <c>sqlite3_free_filename(sqlite3_filename)</c>).
/// </summary>
internal sealed class FreeFunctions
{
    private readonly List<FunctionDecl> _generic = [];
    private readonly List<FunctionDecl> _typed = [];
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly TypeFacts _types;

    public FreeFunctions(IEnumerable<FunctionDecl> functions, TypeFacts types)
    {
        _types = types;
        foreach (var function in functions)
        {
            if (function.IsVariadic || function.Parameters.Length != 1 || !IsFreeName(function.Name))
                continue;
            var type = function.Parameters[0].Type;
            if (types.IsVoidPointer(type))
                _generic.Add(function);
            else if (types.IsDataPointer(type))
                _typed.Add(function); // a handle's release is one too, but owned handles are freed by their release first
            else
                continue;
            _names.Add(function.Name);
        }
    }

    /// <summary>The library's general deallocator, when it has exactly one (several would be a guess).</summary>
    public FunctionDecl? Generic => _generic.Count == 1 ? _generic[0] : _generic.FirstOrDefault(f => NameWords.Of(f.Name).Words[^1] == "free");

    /// <summary>A function that frees values of exactly <paramref name="type"/>, or null.</summary>
    public FunctionDecl? For(CType type) =>
        _typed.FirstOrDefault(f => f.Parameters[0].Type is var p && (p.Spelling == type.Spelling || (_types.Shape.SameType(p, type) && !_types.IsCharPointer(type))));

    /// <summary>True when <paramref name="function"/> is one of the deallocators found.</summary>
    public bool Contains(string function) => _names.Contains(function);

    private static bool IsFreeName(string name)
    {
        var words = NameWords.Of(name);
        var verb = words.IndexOfVerb(Verbs.StrongRelease);
        return verb >= 0 && words.After(verb).Length <= 2;
    }
}
