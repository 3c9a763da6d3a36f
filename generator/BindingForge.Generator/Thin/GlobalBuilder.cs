using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Rendering;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Thin;

/// <summary>
/// Exported variables as static properties of the Native class, their address looked up in the loaded library on
/// first use (<c>NativeLibrary.GetExport</c>) and cached; every access reads or writes the variable itself, so a
/// value the library changes (a function pointer it reassigns, a counter) is always current:
/// <list type="bullet">
/// <item><c>int x;</c>, a struct, a pointer, a function pointer, <c>T x[N]</c>: <c>ref T</c>, or <c>ref readonly T</c>
/// when C declares it <c>const</c>;</item>
/// <item><c>const char x[];</c> (a string of unknown length): <c>ReadOnlySpan&lt;byte&gt;</c> up to its NUL;</item>
/// <item>any other <c>T x[];</c>: <c>T*</c>, its first element.</item>
/// </list>
/// </summary>
internal sealed class GlobalBuilder(TypeMapper mapper, ThinReport report)
{
    /// <summary>The name of the Native class's helper that resolves and caches an address.</summary>
    public const string ExportedAddress = "ExportedAddress";

    /// <summary>The name of the Native class's property holding the loaded library's handle.</summary>
    public const string LibraryHandle = "LibraryHandle";

    /// <summary>The name of the field caching <see cref="LibraryHandle"/>.</summary>
    public const string LibraryHandleField = "__libraryHandle";

    public GlobalRender? Build(GlobalDecl global, string name, string addressField)
    {
        var mapped = mapper.Map(global.Type, TypePosition.Field);
        if (!mapped.IsSupported)
        {
            report.Skip("global", global.Name, mapped.Unsupported!, mapped.DiagnosticId, global.Location);
            return null;
        }

        report.Degraded(mapped, global.Location);
        var address = $"{ExportedAddress}(ref {addressField}, {CSharpNames.StringLiteral(global.Name)})";
        var (type, value) = global.Type switch
        {
            ArrayType { Length: null or 0, Element: var e } when CTypeFacts.IsCharacter(e) =>
                ("ReadOnlySpan<byte>", $"global::System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpanFromNullTerminated((byte*){address})"),
            ArrayType { Length: null or 0 } => ($"{mapped.Name}*", $"({mapped.Name}*){address}"),
            _ => ($"ref {(IsConst(global.Type) ? "readonly " : "")}{mapped.Name}", $"ref *({mapped.Name}*){address}"),
        };
        var about = Description(global);
        var doc = global.Doc is null ? [$"/// <summary>{DocComments.Escape(about)}</summary>"] : DocComments.For(global.Doc, about);
        return new GlobalRender(doc, type, name, addressField, value);
    }

    private static string Description(GlobalDecl global) => global.Type is ArrayType { Length: null or 0 } a && CTypeFacts.IsCharacter(a.Element)
        ? $"The string the library exports as '{global.Name}', up to its NUL; its address is looked up on first use."
        : $"The variable the library exports as '{global.Name}' itself, not a copy; its address is looked up on first use.";

    /// <summary>A variable C declares <c>const</c>: the type itself, or for an array its elements.</summary>
    private static bool IsConst(CType type) => type.IsConst || type is ArrayType { Element.IsConst: true };
}
