using BindingForge.Generator.CSharp;
using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The exported variables a contract lists under <c>globals:</c>, as static properties of the library class, over the
/// thin layer's properties (which read the variable itself at each access):
/// <code>
/// public static string Version => Encoding.UTF8.GetString(Sqlite3Native.sqlite3_version);
/// public static string? TempDirectory => Utf8Marshal.FromUtf8(Sqlite3Native.sqlite3_temp_directory);
/// public static int Counter { get => Native.bf_g_counter; set => Native.bf_g_counter = value; }
/// </code>
/// Text is copied at each read; the safe layer never writes a string the library owns.
/// </summary>
internal static class GlobalProperties
{
    public static void Add(SafeContext context, ClassMembers statics)
    {
        foreach (var global in context.Contract.Globals.Where(g => g.Skip is null))
        {
            if (!context.Thin.Globals.TryGetValue(global.CName, out var thinName))
            {
                context.Diagnostics.Info(SafeDiagnosticIds.NotInThinLayer,
                    $"'{global.CName}' has a contract entry, but the thin layer does not bind it; it has no safe property", global.Provenance.Location);
                continue;
            }

            var thin = context.Thin.Map(global.Decl.Type, TypePosition.Field);
            var access = $"{context.Thin.NativeClass}.{thinName}";
            var (type, get, set) = Accessors(global, thin, access, context.Thin.Resolve(global.Decl.Type));
            var name = statics.Names.Claim(global.Name ?? SafeNames.Pascal(context.Names.WithoutLibraryPrefix(global.CName)), global.CName, global.Provenance.Location, context.Diagnostics);
            var doc = global.Decl.Doc is null
                ? [$"/// <summary>The variable <c>{Docs.Escape(global.CName)}</c> the library exports, read at each access{(set is null ? "" : " and written by the setter")}.</summary>"]
                : DocComments.For(global.Decl.Doc, global.CName);
            statics.Methods.Add(new AccessorPropertyRender(doc, name, $"public static {type} {name}", get, set));
        }
    }

    private static (string Type, string Get, string? Set) Accessors(BoundGlobal global, MappedType thin, string access, CType resolved)
    {
        if (global.String is not null)
        {
            return resolved is ArrayType
                ? ("string", $"global::System.Text.Encoding.UTF8.GetString({access})", null)
                : global.Nullable
                    ? ("string?", $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*){access})", null)
                    : ("string", $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*){access}) ?? throw new InvalidOperationException({CSharpNames.StringLiteral(global.CName + " is NULL")})", null);
        }

        var set = global.Settable ? $"{access} = {Conversions.ToNative("value", thin)}" : null;
        return (Conversions.SafeType(thin), Conversions.FromNative(access, thin), set);
    }
}
