using BindingForge.Generator.Mapping;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;
using BindingForge.Generator.Safe.Symbols;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>
/// The exception classes (one per name, deriving from the runtime's <c>NativeCallException</c>) and one factory per
/// error domain that asks the library for its message:
/// <code>
/// [MethodImpl(MethodImplOptions.NoInlining)]
/// public static SqliteException SqliteRc(long code, nint handle, string function, int errno = 0) =>
///     new(code, handle == 0 ? null : Utf8Marshal.FromUtf8((byte*)Sqlite3Native.sqlite3_errmsg((sqlite3*)handle)), function, errno);
/// </code>
/// The factories stay out of line, so the success path of every method is a compare and a branch.
/// </summary>
internal static class ErrorsBuilder
{
    public static (List<ExceptionRender> Exceptions, List<MemberRender> Factories) Build(SafeContext context)
    {
        var exceptions = context.Errors.Values
            .GroupBy(e => e.ExceptionName, StringComparer.Ordinal)
            .Select(g => new ExceptionRender(g.Key, string.Join(", ", g.Select(e => $"<c>{Docs.Escape(e.Bound.Name)}</c>")), RuntimeNames.NativeCallException.Type,
                CodeEnum(context, g)))
            .ToList();
        var factories = context.Errors.Values.SelectMany(e => ErrorStateMembers.For(context, e).Prepend(Factory(context, e))).ToList();
        factories.Add(new ExpressionMemberRender(["/// <summary>The exception for a NULL result no error domain explains.</summary>"], [], "NullReturn",
            $"public static {RuntimeNames.NativeCallException.Type} NullReturn(string function, int errno = 0)",
            "new(0, \"the function returned NULL\", function, errno)", Wrapped: true));
        return (exceptions, factories);
    }

    /// <summary>The enum of the exception's codes, when every domain that throws it names the same one.</summary>
    private static string? CodeEnum(SafeContext context, IEnumerable<ErrorInfo> domains)
    {
        var enums = domains.Select(e => e.Bound.Enum is { } name && context.Enums.ContainsKey(name) ? name : null).Distinct().ToList();
        return enums is [{ } only] ? only : null;
    }

    private static ExpressionMemberRender Factory(SafeContext context, ErrorInfo error)
    {
        var domain = error.Bound;
        var summary = $"/// <summary>A <see cref=\"{error.ExceptionName}\"/> for a failure of <c>{Docs.Escape(domain.Name)}</c>{MessageDoc(domain)}.</summary>";
        var signature = $"public static {error.ExceptionName} {error.Factory}(long code, {(error.NeedsHandle ? "nint handle, " : "")}string function, int errno = 0)";
        return new ExpressionMemberRender([summary], [Attribute], error.Factory, signature, $"new(code, {Message(context, error)}, function, errno)", Wrapped: true);
    }

    /// <summary>The library's message: from the handle, from the code, or none.</summary>
    private static string Message(SafeContext context, ErrorInfo error)
    {
        var domain = error.Bound;
        if (error.NeedsHandle)
        {
            var pointer = context.Handles[error.MessageHandle!].PointerType;
            var withoutHandle = error.State.CodeText is { } codeText && CodeText(context, codeText, domain.CodeText!) is { } text ? text : "null";
            return $"handle == 0 ? {withoutHandle} : {RuntimeNames.Utf8Marshal.FromUtf8}((byte*){error.MessageCall}(({pointer})handle))";
        }

        if (domain.MessageSource == ErrorMessageSource.Code && error.MessageCall is not null)
            return CodeText(context, error.MessageCall, domain.Message!) ?? "null";
        return "null";
    }

    /// <summary>The text a code-to-text function gives for <c>code</c>: <c>Utf8Marshal.FromUtf8((byte*)Sqlite3Native.sqlite3_errstr(unchecked((int)code)))</c>.</summary>
    private static string? CodeText(SafeContext context, string call, Model.Header.FunctionDecl function)
    {
        var type = context.Thin.Map(function.Parameters[0].Type);
        if (type is not { IsSupported: true, IsPointer: false })
            return null;
        return $"{RuntimeNames.Utf8Marshal.FromUtf8}((byte*){call}({Conversions.ToNative($"unchecked(({Conversions.SafeType(type)})code)", type)}))";
    }

    private const string Attribute = "[MethodImpl(MethodImplOptions.NoInlining)]";

    private static string MessageDoc(BoundErrorDomain domain) =>
        domain.Message is { } message ? $", with the text of <c>{Docs.Escape(message.Name)}</c>" : "";
}
