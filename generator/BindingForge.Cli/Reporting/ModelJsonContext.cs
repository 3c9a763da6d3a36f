using System.Text.Json.Serialization;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Cli.Reporting;

/// <summary>
/// The source-generated serializer metadata of <c>--emit-model</c> (no reflection: the NativeAOT CLI writes the same
/// JSON as the JIT one). Every concrete subtype of the model's abstract records is listed, here and in
/// <see cref="ModelJsonTypes"/>; a test fails, naming it, when the model gains one that is not.
/// </summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ModelJson.Document))]
[JsonSerializable(typeof(ArrayType), TypeInfoPropertyName = "ArrayType")]
[JsonSerializable(typeof(ComplexType), TypeInfoPropertyName = "ComplexType")]
[JsonSerializable(typeof(EnumRef), TypeInfoPropertyName = "EnumRef")]
[JsonSerializable(typeof(FunctionType), TypeInfoPropertyName = "FunctionType")]
[JsonSerializable(typeof(PointerType), TypeInfoPropertyName = "PointerType")]
[JsonSerializable(typeof(PrimitiveType), TypeInfoPropertyName = "PrimitiveType")]
[JsonSerializable(typeof(RecordRef), TypeInfoPropertyName = "RecordRef")]
[JsonSerializable(typeof(TypedefRef), TypeInfoPropertyName = "TypedefRef")]
[JsonSerializable(typeof(UnsupportedType), TypeInfoPropertyName = "UnsupportedType")]
[JsonSerializable(typeof(FloatConstant), TypeInfoPropertyName = "FloatConstant")]
[JsonSerializable(typeof(IntegerConstant), TypeInfoPropertyName = "IntegerConstant")]
[JsonSerializable(typeof(PointerConstant), TypeInfoPropertyName = "PointerConstant")]
[JsonSerializable(typeof(StringConstant), TypeInfoPropertyName = "StringConstant")]
[JsonSerializable(typeof(EnumDecl), TypeInfoPropertyName = "EnumDecl")]
[JsonSerializable(typeof(FunctionDecl), TypeInfoPropertyName = "FunctionDecl")]
[JsonSerializable(typeof(FunctionMacro), TypeInfoPropertyName = "FunctionMacro")]
[JsonSerializable(typeof(GlobalDecl), TypeInfoPropertyName = "GlobalDecl")]
[JsonSerializable(typeof(MacroConstant), TypeInfoPropertyName = "MacroConstant")]
[JsonSerializable(typeof(RecordDecl), TypeInfoPropertyName = "RecordDecl")]
[JsonSerializable(typeof(TypedefDecl), TypeInfoPropertyName = "TypedefDecl")]
[JsonSerializable(typeof(IntegerValue), TypeInfoPropertyName = "IntegerValue")]
[JsonSerializable(typeof(SizeOfValue), TypeInfoPropertyName = "SizeOfValue")]
[JsonSerializable(typeof(StringValue), TypeInfoPropertyName = "StringValue")]
[JsonSerializable(typeof(CallLength), TypeInfoPropertyName = "CallLength")]
[JsonSerializable(typeof(FieldLength), TypeInfoPropertyName = "FieldLength")]
[JsonSerializable(typeof(FixedLength), TypeInfoPropertyName = "FixedLength")]
[JsonSerializable(typeof(NullTerminatedLength), TypeInfoPropertyName = "NullTerminatedLength")]
[JsonSerializable(typeof(ParameterLength), TypeInfoPropertyName = "ParameterLength")]
[JsonSerializable(typeof(ParamShape.BufferWithLength), TypeInfoPropertyName = "ParamShapeBufferWithLength")]
[JsonSerializable(typeof(ParamShape.ByReference), TypeInfoPropertyName = "ParamShapeByReference")]
[JsonSerializable(typeof(ParamShape.BytesIn), TypeInfoPropertyName = "ParamShapeBytesIn")]
[JsonSerializable(typeof(ParamShape.Callback), TypeInfoPropertyName = "ParamShapeCallback")]
[JsonSerializable(typeof(ParamShape.CallbackData), TypeInfoPropertyName = "ParamShapeCallbackData")]
[JsonSerializable(typeof(ParamShape.Consumed), TypeInfoPropertyName = "ParamShapeConsumed")]
[JsonSerializable(typeof(ParamShape.Fixed), TypeInfoPropertyName = "ParamShapeFixed")]
[JsonSerializable(typeof(ParamShape.HandleIn), TypeInfoPropertyName = "ParamShapeHandleIn")]
[JsonSerializable(typeof(ParamShape.InOutScalar), TypeInfoPropertyName = "ParamShapeInOutScalar")]
[JsonSerializable(typeof(ParamShape.LengthCarrier), TypeInfoPropertyName = "ParamShapeLengthCarrier")]
[JsonSerializable(typeof(ParamShape.Option), TypeInfoPropertyName = "ParamShapeOption")]
[JsonSerializable(typeof(ParamShape.OutBorrowedHandle), TypeInfoPropertyName = "ParamShapeOutBorrowedHandle")]
[JsonSerializable(typeof(ParamShape.OutOwnedHandle), TypeInfoPropertyName = "ParamShapeOutOwnedHandle")]
[JsonSerializable(typeof(ParamShape.OutScalar), TypeInfoPropertyName = "ParamShapeOutScalar")]
[JsonSerializable(typeof(ParamShape.OutString), TypeInfoPropertyName = "ParamShapeOutString")]
[JsonSerializable(typeof(ParamShape.OmittedOut), TypeInfoPropertyName = "ParamShapeOmittedOut")]
[JsonSerializable(typeof(ParamShape.Scalar), TypeInfoPropertyName = "ParamShapeScalar")]
[JsonSerializable(typeof(ParamShape.StringIn), TypeInfoPropertyName = "ParamShapeStringIn")]
[JsonSerializable(typeof(ParamShape.StructIn), TypeInfoPropertyName = "ParamShapeStructIn")]
[JsonSerializable(typeof(ParamShape.Unsupported), TypeInfoPropertyName = "ParamShapeUnsupported")]
[JsonSerializable(typeof(ParamShape.Utf16In), TypeInfoPropertyName = "ParamShapeUtf16In")]
[JsonSerializable(typeof(ReturnShape.Buffer), TypeInfoPropertyName = "ReturnShapeBuffer")]
[JsonSerializable(typeof(ReturnShape.ErrorCode), TypeInfoPropertyName = "ReturnShapeErrorCode")]
[JsonSerializable(typeof(ReturnShape.Handle), TypeInfoPropertyName = "ReturnShapeHandle")]
[JsonSerializable(typeof(ReturnShape.Scalar), TypeInfoPropertyName = "ReturnShapeScalar")]
[JsonSerializable(typeof(ReturnShape.Text), TypeInfoPropertyName = "ReturnShapeText")]
[JsonSerializable(typeof(ReturnShape.Unsupported), TypeInfoPropertyName = "ReturnShapeUnsupported")]
[JsonSerializable(typeof(ReturnShape.UpdatedHandle), TypeInfoPropertyName = "ReturnShapeUpdatedHandle")]
[JsonSerializable(typeof(ReturnShape.Void), TypeInfoPropertyName = "ReturnShapeVoid")]
internal sealed partial class ModelJsonContext : JsonSerializerContext
{
}
