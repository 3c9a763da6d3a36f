namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a function's <c>probe:</c> hints: how <c>bindingforge probe</c> may call it by itself.</summary>
public static class ProbeKeys
{
    public static readonly KeyRow Args = new("args", new ListShape(new OneOfShape(new IntegerShape(), ValueShape.Text)),
        "one literal per C parameter: an integer, a quoted string, `null`, or `_` where the probe supplies the argument (a handle it created, an out slot)")
    {
        Diff = new(ChangeImpact.Review, "probe arguments {value}"),
    };

    public static readonly KeyTable Table = new("the probe hints", [Args, .. MetaKeys.Provenance]);
}
