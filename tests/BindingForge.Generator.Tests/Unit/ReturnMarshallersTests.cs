using System.Runtime.CompilerServices;
using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>The switch over return shapes names every shape: C# cannot prove it, so this test does.</summary>
public sealed class ReturnMarshallersTests
{
    public static TheoryData<string> Shapes() => [.. typeof(ReturnShape).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(ReturnShape))).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_return_shape_has_a_marshalling(string name)
    {
        var type = typeof(ReturnShape).GetNestedType(name)!;
        var shape = (ReturnShape)RuntimeHelpers.GetUninitializedObject(type);

        Assert.NotNull(ReturnMarshallers.For(shape, textView: false));
        Assert.NotNull(ReturnMarshallers.For(shape, textView: true));
    }

    [Fact]
    public void Every_return_shape_is_sealed_and_nested_in_the_closed_hierarchy()
    {
        var derived = typeof(ReturnShape).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ReturnShape))).ToList();

        Assert.NotEmpty(derived);
        Assert.All(derived, t => Assert.True(t.IsSealed && t.DeclaringType == typeof(ReturnShape), t.FullName));
    }
}
