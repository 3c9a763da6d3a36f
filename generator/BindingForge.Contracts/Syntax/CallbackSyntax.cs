using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>callback: { scope, user_data, destroy, user_data_arg, user_data_from }</c> as written.</summary>
public sealed record CallbackSyntax(SourceLocation Location)
{
    public Located<CallbackScope>? Scope { get; init; }

    public Located<string>? UserData { get; init; }

    public Located<string>? Destroy { get; init; }

    /// <summary><c>user_data_arg:</c> (extension): which argument of the callback carries the user data back.</summary>
    public Located<long>? UserDataArg { get; init; }

    /// <summary><c>user_data_from: { call: fn }</c> (extension): the function that hands the user data back when the
    /// callback is given it by no argument of its own (<c>sqlite3_user_data(context)</c>).</summary>
    public Located<string>? UserDataFrom { get; init; }

    /// <summary><c>user_data_from: { arg: N }</c>: the callback argument passed to that function.</summary>
    public Located<long>? UserDataFromArg { get; init; }

    /// <summary><c>args: [a, b]</c> (extension): the C# names of the callback's arguments.</summary>
    public System.Collections.Immutable.ImmutableArray<Located<string>>? Args { get; init; }
}
