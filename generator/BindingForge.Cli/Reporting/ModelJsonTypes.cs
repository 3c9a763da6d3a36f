using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Cli.Reporting;

/// <summary>
/// The concrete subtypes of each abstract model record, in the order <c>--emit-model</c> registers them (by name), each
/// written with <c>"kind": "&lt;its name&gt;"</c>. Kept by hand because enumerating an assembly's types is not
/// trimming-safe; <c>ModelJsonTypesTests</c> compares it with the model assembly.
/// </summary>
internal static class ModelJsonTypes
{
    public static IReadOnlyDictionary<Type, Type[]> DerivedTypes { get; } = new Dictionary<Type, Type[]>
    {
        [typeof(CType)] = [typeof(ArrayType), typeof(ComplexType), typeof(EnumRef), typeof(FunctionType), typeof(PointerType), typeof(PrimitiveType), typeof(RecordRef), typeof(TypedefRef), typeof(UnsupportedType)],
        [typeof(ConstantValue)] = [typeof(FloatConstant), typeof(IntegerConstant), typeof(PointerConstant), typeof(StringConstant)],
        [typeof(Declaration)] = [typeof(EnumDecl), typeof(FunctionDecl), typeof(FunctionMacro), typeof(GlobalDecl), typeof(MacroConstant), typeof(RecordDecl), typeof(TypedefDecl)],
        [typeof(FixedValue)] = [typeof(IntegerValue), typeof(SizeOfValue), typeof(StringValue)],
        [typeof(LengthFact)] = [typeof(CallLength), typeof(FieldLength), typeof(FixedLength), typeof(NullTerminatedLength), typeof(ParameterLength)],
        [typeof(ParamShape)] = [typeof(ParamShape.BufferWithLength), typeof(ParamShape.ByReference), typeof(ParamShape.BytesIn), typeof(ParamShape.Callback), typeof(ParamShape.CallbackData), typeof(ParamShape.Consumed), typeof(ParamShape.Fixed), typeof(ParamShape.HandleIn), typeof(ParamShape.InOutScalar), typeof(ParamShape.LengthCarrier), typeof(ParamShape.OmittedOut), typeof(ParamShape.Option), typeof(ParamShape.OutBorrowedHandle), typeof(ParamShape.OutOwnedHandle), typeof(ParamShape.OutScalar), typeof(ParamShape.OutString), typeof(ParamShape.Scalar), typeof(ParamShape.StringIn), typeof(ParamShape.StructIn), typeof(ParamShape.Unsupported), typeof(ParamShape.Utf16In)],
        [typeof(ReturnShape)] = [typeof(ReturnShape.Buffer), typeof(ReturnShape.ErrorCode), typeof(ReturnShape.Handle), typeof(ReturnShape.Scalar), typeof(ReturnShape.Text), typeof(ReturnShape.Unsupported), typeof(ReturnShape.UpdatedHandle), typeof(ReturnShape.Void)],
    };
}
