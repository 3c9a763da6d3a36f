using BindingForge.Generator.Safe.Marshalling;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>Transitional: the strategy the ordered list picks agrees with the shape the binder chose.</summary>
internal static class ShapeCheck
{
    public static bool Agrees(IParamStrategy strategy, ParamShape shape) => (strategy, shape) switch
    {
        (Marshalling.FixedValue, ParamShape.Fixed) => true,
        (Marshalling.LengthCarrier, ParamShape.LengthCarrier) => true,
        (HiddenCarrier, ParamShape.CallbackData) => true,
        (Marshalling.Consumed, ParamShape.Consumed) => true,
        (HandleParam, ParamShape.HandleIn) => true,
        (StructParam, ParamShape.StructIn) => true,
        (Marshalling.OutOwnedHandle, ParamShape.OutOwnedHandle) => true,
        (Marshalling.OutBorrowedHandle, ParamShape.OutBorrowedHandle) => true,
        (StringOut, ParamShape.OutString) => true,
        (Marshalling.StringIn, ParamShape.StringIn) => true,
        (Marshalling.BytesIn, ParamShape.BytesIn) => true,
        (Marshalling.Utf16In, ParamShape.Utf16In) => true,
        (ArrayWithLength, ParamShape.BufferWithLength) => true,
        (Marshalling.Callback, ParamShape.Callback) => true,
        (Marshalling.OutScalar, ParamShape.OutScalar) => true,
        (Marshalling.InOutScalar, ParamShape.InOutScalar) => true,
        (StructPointer, ParamShape.ByReference) => true,
        (ScalarParam, ParamShape.Scalar) => true,
        (NotSupported, ParamShape.ByReference or ParamShape.Scalar or ParamShape.Unsupported) => true,
        _ => false,
    };
}
