namespace BindingForge.Generator.Tests.Support;

/// <summary>
/// C# compiled with the drivers that dispose objects in every order (<c>BorrowedChildDriver</c>, <c>LifetimeDriver</c>):
/// <c>Orders.Permutations</c>, every ordering of a few steps.
/// </summary>
internal static class DriverOrders
{
    public const string Source = """
        namespace BindingForge.Tests.Drivers;

        public static class Orders
        {
            /// <summary>Every ordering of <paramref name="items"/>.</summary>
            public static IEnumerable<int[]> Permutations(int[] items)
            {
                if (items.Length <= 1)
                {
                    yield return items;
                    yield break;
                }
                for (var i = 0; i < items.Length; i++)
                {
                    var rest = items.Where((_, j) => j != i).ToArray();
                    foreach (var tail in Permutations(rest))
                        yield return [items[i], .. tail];
                }
            }
        }
        """;
}
