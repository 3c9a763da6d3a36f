namespace BindingForge.Review.Inference.Annotations;

/// <summary>
/// How much GObject-Introspection statements weigh against the other evidence (<see cref="Evidence.Strength"/>): an
/// annotation is the library author's explicit word on the one fact, above <c>const</c> and any prose or name, below
/// only what the compiler checks (attributes). A .gir states the same annotations, compiled; where the two agree
/// they are two supports.
/// </summary>
internal static class IntrospectionStrength
{
    /// <summary>An annotation comment: <c>(transfer full)</c>.</summary>
    public const int Annotation = 90;

    /// <summary>An attribute of a .gir element: <c>transfer-ownership="full"</c>.</summary>
    public const int Gir = 90;
}
