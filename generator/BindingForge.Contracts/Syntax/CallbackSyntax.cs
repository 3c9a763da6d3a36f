using BindingForge.Model;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Syntax;

/// <summary><c>callback: { scope, user_data, destroy, user_data_arg }</c> as written.</summary>
public sealed record CallbackSyntax(SourceLocation Location)
{
    public Located<CallbackScope>? Scope { get; init; }

    public Located<string>? UserData { get; init; }

    public Located<string>? Destroy { get; init; }

    /// <summary><c>user_data_arg:</c> (extension): which argument of the callback carries the user data back.</summary>
    public Located<long>? UserDataArg { get; init; }
}
