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
        ParamShape.OmittedOut => new OmittedOut(),
        ParamShape.LengthCarrier carrier => new LengthCarrier(carrier),
        ParamShape.CallbackData => new HiddenCarrier(),
        ParamShape.Consumed consumed => new Consumed(consumed),
        ParamShape.HandleIn handle => new HandleParam(handle),
        ParamShape.StructIn structure => new StructParam(structure),
        ParamShape.OutOwnedHandle owned => new OutOwnedHandle(owned),
        ParamShape.OutBorrowedHandle borrowed => new OutBorrowedHandle(borrowed),
        ParamShape.OutString text => new StringOut(text),
        ParamShape.StringIn utf8 => new StringIn(utf8),
        ParamShape.BytesIn bytes => new BytesIn(bytes),
        ParamShape.Utf16In utf16 => new Utf16In(utf16),
        ParamShape.BufferWithLength buffer => new ArrayWithLength(buffer),
        ParamShape.Callback callback => new Callback(callback),
        ParamShape.OutScalar => new OutScalar(),
        ParamShape.InOutScalar => new InOutScalar(),
        ParamShape.ByReference => new StructPointer(),
        ParamShape.Option option => new OptionParam(option),
        ParamShape.Scalar => new ScalarParam(),
        ParamShape.Unsupported => Unsupported,
        _ => throw new UnreachableException($"no marshalling for the shape {shape.GetType().Name}"),
    };
}
