using System.Diagnostics;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The marshalling of each <see cref="ReturnShape"/>, one file per shape. The binder chose the shape; this switch
/// names every shape (a test checks that none is missing), so there is no order to get wrong. Returned text has two
/// marshallings: the copying method, and the zero-copy accessor planned beside it (<see cref="BorrowedTextView"/>).
/// </summary>
internal static class ReturnMarshallers
{
    /// <summary>The marshalling of <paramref name="shape"/>; <paramref name="textView"/> asks for the zero-copy text accessor.</summary>
    public static IReturnStrategy For(ReturnShape shape, bool textView) => shape switch
    {
        ReturnShape.Void => new VoidReturn(),
        ReturnShape.ErrorCode error => new ErrorReturn(error),
        ReturnShape.Handle handle => new HandleReturn(handle),
        ReturnShape.UpdatedHandle updated => new UpdatedHandleReturn(updated),
        ReturnShape.Text text when textView => new BorrowedTextView(text),
        ReturnShape.Text text => new StringReturn(text),
        ReturnShape.Buffer buffer => new BufferReturn(buffer),
        ReturnShape.Scalar scalar => new ScalarReturn(scalar.AsBool),
        ReturnShape.Unsupported => new UnsupportedReturn(),
        _ => throw new UnreachableException($"no marshalling for the return shape {shape.GetType().Name}"),
    };
}
