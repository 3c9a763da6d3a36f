using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

/// <summary>
/// A by-name lookup over an immutable array, built on first use so that finding an entry costs the same for the
/// ten-thousandth function as for the first. The first entry of a name wins, as a scan would find it. The index
/// remembers the array it was built from and is rebuilt for another one, so a record copied with <c>with</c> never
/// answers from its original's entries.
/// </summary>
internal sealed class NameIndex<T>(Func<T, string> nameOf) where T : class
{
    private (ImmutableArray<T> Source, Dictionary<string, T> Index)? _built;

    public T? Find(ImmutableArray<T> source, string name)
    {
        if (_built is not { } built || built.Source != source)
        {
            var index = new Dictionary<string, T>(source.Length, StringComparer.Ordinal);
            foreach (var item in source)
                index.TryAdd(nameOf(item), item);
            _built = built = (source, index);
        }

        return built.Index.GetValueOrDefault(name);
    }
}
