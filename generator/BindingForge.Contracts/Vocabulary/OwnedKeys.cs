namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of <c>owned: { free: fn }</c>.</summary>
public static class OwnedKeys
{
    public static readonly KeyRow Free = new("free", ValueShape.Function, "the function that frees the value");

    public static readonly KeyRow Floating = new("floating", ValueShape.Flag,
        "**extension.** A returned handle whose reference is floating (GObject's `(transfer floating)`): the safe layer sinks it with the handle's `sink` as it adopts it, then owns a full reference")
    {
        Default = "false",
        Diff = new(ChangeImpact.Behaviour, "floating (sunk on adoption)", "not floating", "whether the result is sunk before it is owned changes"),
    };

    public static readonly KeyRow Elements = new("elements", ValueShape.Function,
        "**extension.** A container owned with its elements: `free` takes the container and this function, which releases one element (`free: g_list_free_full, elements: g_object_unref`)")
    {
        Diff = new(ChangeImpact.Behaviour, "elements released with `{value}`", "elements not released", "whether freeing the container releases its elements changes"),
    };

    public static readonly KeyTable Table = new("`owned`", Free, Floating, Elements);
}
