using System.Collections.Immutable;
using BindingForge.Clang.Interop;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>Reads a function prototype: return type, parameters (unnamed ones become <c>arg0</c>...), variadic flag, convention, attributes, doc, and the symbol when it is not the name.</summary>
internal static class FunctionReader
{
    public static FunctionDecl Read(ReadContext context, CXCursor cursor)
    {
        var name = cursor.Spelling();
        var location = context.Headers.LocationOf(cursor);
        // The canonical type: `typedef void (F)(); extern F g;` declares g through a typedef of an unprototyped type.
        var type = cursor.Type().Canonical();
        var returnType = context.Types.Map(LibClang.clang_getCursorResultType(cursor));
        var count = Math.Max(LibClang.clang_Cursor_getNumArguments(cursor), 0);
        var parameters = ImmutableArray.CreateBuilder<ParameterDecl>(count);
        for (var i = 0; i < count; i++)
        {
            var parameter = LibClang.clang_Cursor_getArgument(cursor, (uint)i);
            var parameterName = parameter.Spelling();
            var synthesized = parameterName.Length == 0;
            parameters.Add(new ParameterDecl(synthesized ? $"arg{i}" : parameterName, context.Types.MapParameter(parameter.Type()), synthesized));
        }
        // `int f();` has no prototype: C17 leaves its arguments unspecified, C23 reads it as `int f(void)`, and so does
        // BindingForge (as other generators do), saying so at the declaration (BF1011) instead of dropping it.
        var prototyped = type.Kind != CXTypeKind.FunctionNoProto;
        if (!prototyped && !context.HasSignature(name))
        {
            context.Diagnostics.Info(ClangDiagnosticIds.Unprototyped,
                $"'{name}' is declared without a prototype (`{name}()`); it is bound as taking no arguments, as C23 reads it. If it takes arguments, calls pass none: give its prototype with `signature:` in the contract.", location);
        }

        var variadic = prototyped && LibClang.clang_isFunctionTypeVariadic(type) != 0;
        var convention = CallingConventions.From(LibClang.clang_getFunctionTypeCallingConv(type));
        context.ReportUnsupported(name, location);
        var symbol = SymbolOf(cursor);
        return new FunctionDecl(name, returnType, parameters.MoveToImmutable(), variadic, convention, location)
        {
            Attributes = context.Attributes.Read(cursor),
            Doc = context.Docs.ForDeclaration(cursor),
            Symbol = symbol == name ? null : symbol,
            HasPrototype = prototyped,
        };
    }

    /// <summary>
    /// The symbol clang emits for the function: its name, the Itanium mangling of an <c>overloadable</c> function
    /// (<c>int ov(double)</c> is <c>_Z2ovd</c>), or its <c>asm</c> label. Falls back to the name when libclang gives none.
    /// </summary>
    public static string SymbolOf(CXCursor cursor)
    {
        var mangled = LibClang.clang_Cursor_getMangling(cursor).ToManagedAndDispose().TrimStart('\u0001');
        return mangled.Length == 0 ? cursor.Spelling() : mangled;
    }
}
