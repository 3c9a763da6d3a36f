using BindingForge.Generator.CSharp;
using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The function a method is being planned for: its facts, where the method goes, the C# names of its parameters,
/// whether this plan is the <c>ReadOnlySpan&lt;byte&gt;</c> overload of its string parameters, and whether it is
/// the zero-copy accessor of its borrowed text.
/// </summary>
internal sealed class FunctionSite
{
    private readonly string[] _names;

    public FunctionSite(SafeContext context, BoundFunction function, Placement placement, bool utf8Spans, bool textView = false)
    {
        Context = context;
        Function = function;
        Placement = placement;
        Utf8Spans = utf8Spans;
        TextView = textView;
        _names = ParameterNames.Of(function, context);
    }

    public SafeContext Context { get; }

    public BoundFunction Function { get; }

    public Placement Placement { get; }

    /// <summary>True when the contract lists the function: only then does a bare pointer to a struct or scalar become a
    /// <c>ref</c>/<c>in</c> parameter. For an unlisted function nobody checked that the library does not keep it.</summary>
    public bool IsListed => Context.Contract.FindFunction(Function.CName) is not null;

    /// <summary>True when string parameters are <c>ReadOnlySpan&lt;byte&gt;</c> (UTF-8) instead of <c>string</c>.</summary>
    public bool Utf8Spans { get; }

    /// <summary>True when this plan is the zero-copy <c>BorrowedSpan&lt;byte&gt;</c> accessor of borrowed returned text
    /// (<see cref="BorrowedTextView"/>).</summary>
    public bool TextView { get; }

    /// <summary>
    /// True when a callback can run during the call: the function takes one, or the library registers callbacks that
    /// outlive their call (async, notified, forever) and the contract does not rule them out (<c>leaf</c>,
    /// <c>no_callbacks</c>).
    /// </summary>
    public bool MayCallBack =>
        Function.Parameters.Any(p => p.Callback is not null) || (Context.HasLastingCallbacks && !Function.CannotCallBack);

    /// <summary>The C function's name, as a C# string literal for exception messages.</summary>
    public string CNameLiteral => CSharpNames.StringLiteral(Function.CName);

    /// <summary>The C# name of parameter <paramref name="index"/>.</summary>
    public string Name(int index) => _names[index];

    /// <summary>Locals the method itself declares (<c>__result</c>, <c>__error</c> ...): a parameter's locals avoid them.</summary>
    private static readonly HashSet<string> MethodLocals = new(StringComparer.Ordinal)
    {
        "result", "error", "errno", "handle", "text", "copy", "length", "self", "memory",
    };

    /// <summary>A local for parameter <paramref name="index"/>: <c>__zSql</c>, <c>__zSqlPtr</c> (<c>__textArg</c> for a
    /// parameter named like one of the method's own locals).</summary>
    public string Local(int index, string suffix = "")
    {
        var bare = SafeNames.Bare(_names[index]);
        return "__" + bare + (MethodLocals.Contains(bare) ? "Arg" : "") + suffix;
    }

    /// <summary>The parameter that is <c>this</c>, if the method is an instance method.</summary>
    public bool IsSelf(int index) => Placement.SelfIndex == index;
}
