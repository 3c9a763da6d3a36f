namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The one flat, ordered list of parameter strategies. The first whose <c>Applies</c> is true marshals the
/// parameter; the list ends in <see cref="NotSupported"/>, which reports BF3501 (the function stays thin-only),
/// so choosing never throws. Order matters where facts overlap: a fixed value hides anything else, a length
/// carrier is planned before its arrays, consumed before plain handles, out strings before text in.
/// </summary>
internal static class ParamStrategies
{
    private static readonly IParamStrategy[] All =
    [
        new FixedValue(),
        new LengthCarrier(),
        new HiddenCarrier(),
        new Consumed(),
        new HandleParam(),
        new StructParam(),
        new OutOwnedHandle(),
        new OutBorrowedHandle(),
        new StringOut(),
        new StringIn(),
        new BytesIn(),
        new Utf16In(),
        new ArrayWithLength(),
        new Callback(),
        new OutScalar(),
        new InOutScalar(),
        new StructPointer(),
        new ScalarParam(),
        new NotSupported(),
    ];

    /// <summary>The strategy for a parameter: always one, possibly <see cref="NotSupported"/>.</summary>
    public static IParamStrategy For(ParamSite site) => All.First(s => s.Applies(site));
}
