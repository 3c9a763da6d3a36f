using System.Runtime.CompilerServices;
using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Tests.Unit;

/// <summary>The switch over parameter shapes names every shape: C# cannot prove it, so this test does.</summary>
public sealed class ParamMarshallersTests
{
    public static TheoryData<string> Shapes() => [.. typeof(ParamShape).GetNestedTypes().Where(t => t.IsSubclassOf(typeof(ParamShape))).Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_parameter_shape_has_a_marshalling(string name)
    {
        var type = typeof(ParamShape).GetNestedType(name)!;
        var shape = (ParamShape)RuntimeHelpers.GetUninitializedObject(type);

        Assert.NotNull(ParamMarshallers.For(shape));
    }

    [Fact]
    public void Every_shape_is_sealed_and_nested_in_the_closed_hierarchy()
    {
        var derived = typeof(ParamShape).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(ParamShape))).ToList();

        Assert.NotEmpty(derived);
        Assert.All(derived, t => Assert.True(t.IsSealed && t.DeclaringType == typeof(ParamShape), t.FullName));
    }
}
