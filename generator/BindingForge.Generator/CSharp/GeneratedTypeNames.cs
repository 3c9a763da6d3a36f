namespace BindingForge.Generator.CSharp;

/// <summary>
/// The names of the classes a run emits whatever the header holds: <c>{Class}Native</c> and its layout check, and in
/// the safe style the static class and its errors and callbacks classes. One definition for the layers that emit
/// them and for the type name table, which renames a C type that would collide with one of them (BF3005) instead of
/// emitting code that does not compile.
/// </summary>
internal static class GeneratedTypeNames
{
    /// <summary>The thin class: <c>Sqlite3Native</c>.</summary>
    public static string Native(GeneratorOptions options) => options.ClassName + "Native";

    /// <summary>The layout check: <c>Sqlite3NativeLayout</c>.</summary>
    public static string Layout(GeneratorOptions options) => Native(options) + "Layout";

    /// <summary>The safe static class: <c>Sqlite3</c>.</summary>
    public static string Static(GeneratorOptions options) => options.ClassName;

    /// <summary>The internal class with the exception factories: <c>Sqlite3Errors</c>.</summary>
    public static string Errors(GeneratorOptions options) => options.ClassName + "Errors";

    /// <summary>The internal class with the callback trampolines: <c>Sqlite3Callbacks</c>.</summary>
    public static string Callbacks(GeneratorOptions options) => options.ClassName + "Callbacks";

    /// <summary>The names above that this run emits, the safe ones only for a safe layer. They are fixed, so a C type
    /// that wants one of them yields; the contract's own classes (handles, structs, exceptions) yield to the C types
    /// instead (the safe layer numbers them, BF3503).</summary>
    public static IEnumerable<string> Fixed(GeneratorOptions options, bool safe) => safe
        ? [Native(options), Layout(options), Static(options), Errors(options), Callbacks(options)]
        : [Native(options), Layout(options)];
}
