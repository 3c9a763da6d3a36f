namespace BindingForge.Generator.Rendering;

/// <summary>
/// The shim's members in the Native class (<c>{Class}Native.Shim.cs</c>), present when a bound function is called
/// through the shim: the library's file name, its cached handle and the helper that reads a function's pointer.
/// </summary>
/// <param name="FileName">The shim library's file name (<c>Sqlite3Native.shim.so</c>).</param>
/// <param name="FileNameLiteral"><paramref name="FileName"/> as a C# literal.</param>
internal sealed record ShimRender(string FileName, string FileNameLiteral)
{
    /// <summary>The constant naming the file.</summary>
    public string FileNameMember => "ShimLibraryFileName";

    /// <summary>The field caching the loaded library's handle.</summary>
    public string HandleField => "__shimLibraryHandle";

    /// <summary>The property loading the library.</summary>
    public string HandleMember => "ShimLibraryHandle";

    /// <summary>The helper reading a function's pointer.</summary>
    public string FunctionMember => "ShimFunction";

    /// <summary>Every member name above, which C names must not take.</summary>
    public static IReadOnlyList<string> MemberNames { get; } = ["ShimLibraryFileName", "__shimLibraryHandle", "ShimLibraryHandle", "ShimFunction"];
}
