using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>Changes to <c>structs:</c>: the class and its factories are API; cleanups and threading are behaviour.</summary>
internal static class StructDiffer
{
    public static void Compare(BoundContract a, BoundContract b, ChangeLog log)
    {
        foreach (var key in a.Structs.Select(s => s.CTypeName).Union(b.Structs.Select(s => s.CTypeName)))
        {
            var (before, after) = (a.FindStruct(key), b.FindStruct(key));
            var subject = $"struct `{key}`";
            if (after is null)
                log.Add(ChangeKind.Breaking, subject, $"removed: class `{before!.ClassName}` is no longer generated", before.ClassName, before.Provenance.Location);
            else if (before is null)
                log.Add(ChangeKind.Additive, subject, $"new class `{after.ClassName}`", after.ClassName, after.Provenance.Location);
            else
                Changed(before, after, subject, log);
        }
    }

    private static void Changed(BoundStruct a, BoundStruct b, string subject, ChangeLog log)
    {
        var at = b.Provenance.Location;
        log.Compare(a.ClassName, b.ClassName, StructKeys.Class.Diff!, subject, b.ClassName, at);
        log.Compare(FactText.Threading(a.Threading), FactText.Threading(b.Threading), StructKeys.Threading.Diff!, subject, b.ClassName, at);
        foreach (var init in a.Inits.Select(i => i.Init.Name).Union(b.Inits.Select(i => i.Init.Name)))
        {
            var (before, after) = (a.Inits.FirstOrDefault(i => i.Init.Name == init), b.Inits.FirstOrDefault(i => i.Init.Name == init));
            if (after is null)
                log.Add(ChangeKind.Breaking, subject, $"init `{init}` removed: its factory is no longer generated", b.ClassName, at);
            else if (before is null)
                log.Add(ChangeKind.Additive, subject, $"new init `{init}`", b.ClassName, after.Provenance.Location);
            else
            {
                log.Compare(before.Cleanup.Name, after.Cleanup.Name, ChangeKind.Behaviour, subject, c => $"`{init}` {InitKeys.Cleanup.Diff!.Text(c)}", b.ClassName, after.Provenance.Location);
                log.Compare(before.Name, after.Name, ChangeKind.Breaking, subject, n => $"`{init}` {InitKeys.Name.Diff!.Text(FactText.Name(n))}", b.ClassName, after.Provenance.Location);
            }
        }
    }
}
