using BindingForge.Model.Contracts;

namespace BindingForge.Generator.CSharp;

/// <summary>
/// The names of the types a run emits besides the C records and enums: <c>{Class}Native</c> and its layout check, and
/// in the safe style the static class, its errors and callbacks classes, and the contract's handle, struct and
/// exception classes. One definition for the layers that emit them and for the type name table, which renames a C
/// type that would collide with one of them (BF3005) instead of emitting code that does not compile.
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

    /// <summary>Every name above that this run emits, the safe ones only when a contract is bound for a safe style.</summary>
    public static IEnumerable<string> All(GeneratorOptions options, BoundContract? contract)
    {
        yield return Native(options);
        yield return Layout(options);
        if (contract is null || options.Style == BindingStyle.Thin)
            yield break;
        yield return Static(options);
        yield return Errors(options);
        yield return Callbacks(options);
        foreach (var handle in contract.Handles)
            yield return handle.ClassName;
        foreach (var record in contract.Structs)
            yield return record.ClassName;
        foreach (var error in contract.Errors)
            yield return error.ExceptionName;
    }
}
