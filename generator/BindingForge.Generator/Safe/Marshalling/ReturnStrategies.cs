namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The one flat, ordered list of return strategies, ending in <see cref="UnsupportedReturn"/> (BF3501).
/// </summary>
internal static class ReturnStrategies
{
    private static readonly IReturnStrategy[] All =
    [
        new VoidReturn(),
        new ErrorReturn(),
        new HandleReturn(),
        new BorrowedTextView(),
        new StringReturn(),
        new BufferReturn(),
        new ScalarReturn(),
        new UnsupportedReturn(),
    ];

    public static IReturnStrategy For(ReturnSite site) => All.First(s => s.Applies(site));
}
