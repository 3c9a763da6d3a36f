using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BindingForge.Clang.Interop;

namespace BindingForge.Clang.Reading;

/// <summary>What <c>clang_Cursor_Evaluate</c> made of a variable's initializer, copied out of libclang.</summary>
internal readonly record struct EvaluatedValue(CXEvalResultKind Kind, Int128 Integer, double Float, ImmutableArray<byte> Bytes)
{
    public static unsafe EvaluatedValue? Of(CXCursor variable)
    {
        var result = LibClang.clang_Cursor_Evaluate(variable);
        if (result.IsNull)
            return null;
        try
        {
            var kind = LibClang.clang_EvalResult_getKind(result);
            return kind switch
            {
                CXEvalResultKind.Int => new EvaluatedValue(kind, ReadInteger(result), 0, []),
                CXEvalResultKind.Float => new EvaluatedValue(kind, 0, LibClang.clang_EvalResult_getAsDouble(result), []),
                CXEvalResultKind.StrLiteral => new EvaluatedValue(kind, 0, 0, ReadBytes(LibClang.clang_EvalResult_getAsStr(result))),
                _ => null,
            };
        }
        finally
        {
            LibClang.clang_EvalResult_dispose(result);
        }
    }

    private static Int128 ReadInteger(CXEvalResult result) =>
        LibClang.clang_EvalResult_isUnsignedInt(result) != 0
            ? LibClang.clang_EvalResult_getAsUnsigned(result)
            : LibClang.clang_EvalResult_getAsLongLong(result);

    private static unsafe ImmutableArray<byte> ReadBytes(byte* text) =>
        text == null ? [] : [.. MemoryMarshal.CreateReadOnlySpanFromNullTerminated(text)];
}
