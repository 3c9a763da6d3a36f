namespace BindingForge.Generator.Tests.Objects;

/// <summary>
/// The C# that runs the generated bindings of tests/native/objects.yaml: one static method per scenario, each
/// returning what the test asserts on: reference counts, the floating flag and the object system's own counters.
/// </summary>
internal static class ObjectSystemDriver
{
    public const string Source = """
        using BindingForge.Runtime;

        namespace BindingForge.Objects;

        public static unsafe class Driver
        {
            public static string Live() => $"objects={Objects.LiveObjects()} nodes={Objects.LiveNodes()} bad={Objects.BadUnrefs()}";

            private static string State(SafeHandleLike handle) =>
                $"refs={ObjectsNative.bfo_refcount((void*)handle.Pointer)} floating={ObjectsNative.bfo_is_floating((void*)handle.Pointer)}";

            private readonly record struct SafeHandleLike(nint Pointer);

            private static SafeHandleLike Of(System.Runtime.InteropServices.SafeHandle handle) => new(handle.DangerousGetHandle());

            /// <summary>A floating result is sunk as it is adopted: one full reference, not floating.</summary>
            public static string FloatingIsSunk()
            {
                using var shape = Shape.New("a", 3);
                return State(Of(shape)) + " " + shape.GetName();
            }

            /// <summary>A derived handle released, retained and cloned through its base's void * functions.</summary>
            public static string ReleasedThroughTheBase()
            {
                var before = Objects.LiveObjects();
                string inside;
                using (var shape = Shape.New("b", 4))
                {
                    using var copy = shape.Copy();
                    using var clone = copy.Clone();
                    inside = $"{State(Of(copy))} live+{Objects.LiveObjects() - before}";
                }

                return $"{inside} after+{Objects.LiveObjects() - before}";
            }
        }
        """;
}
