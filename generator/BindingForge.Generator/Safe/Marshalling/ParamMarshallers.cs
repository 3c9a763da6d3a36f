using System.Diagnostics;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The marshalling of each <see cref="ParamShape"/>, one file per shape. The binder chose the shape; this switch
/// names every shape (a test checks that none is missing), so there is no order to get wrong.
/// </summary>
internal static class ParamMarshallers
{
    private static readonly IParamStrategy Unsupported = new NotSupported();

    /// <summary>The marshalling of <paramref name="shape"/>.</summary>
    public static IParamStrategy For(ParamShape shape) => shape switch
    {
        ParamShape.Fixed fixedValue => new FixedValue(fixedValue),
        ParamShape.LengthCarrier carrier => new LengthCarrier(carrier),
        ParamShape.CallbackData => new HiddenCarrier(),
        ParamShape.Consumed => new Consumed(),
        ParamShape.HandleIn => new HandleParam(),
        ParamShape.StructIn => new StructParam(),
        ParamShape.OutOwnedHandle => new OutOwnedHandle(),
        ParamShape.OutBorrowedHandle => new OutBorrowedHandle(),
        ParamShape.OutString => new StringOut(),
        ParamShape.StringIn => new StringIn(),
        ParamShape.BytesIn => new BytesIn(),
        ParamShape.Utf16In => new Utf16In(),
        ParamShape.BufferWithLength buffer => new ArrayWithLength(buffer),
        ParamShape.Callback => new Callback(),
        ParamShape.OutScalar => new OutScalar(),
        ParamShape.InOutScalar => new InOutScalar(),
        ParamShape.ByReference => new StructPointer(),
        ParamShape.Scalar => new ScalarParam(),
        ParamShape.Unsupported => Unsupported,
        _ => throw new UnreachableException($"no marshalling for the shape {shape.GetType().Name}"),
    };
}
