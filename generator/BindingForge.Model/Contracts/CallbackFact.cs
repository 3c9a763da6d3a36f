using BindingForge.Model.Header;

namespace BindingForge.Model.Contracts;

/// <summary>A function-pointer parameter the safe style fills from a managed delegate (<c>callback:</c>).</summary>
/// <param name="Signature">The callback's C function type.</param>
/// <param name="UserDataParameter">Index of the function's parameter that carries the user data, if any.</param>
/// <param name="DestroyParameter">Index of the function's parameter that takes the destroy notification, if any.</param>
/// <param name="UserDataArgument">Index, within <see cref="Signature"/>, of the argument through which the library
/// hands the user data back (with <see cref="UserDataFrom"/>: the argument passed to that function); null when there
/// is no user data.</param>
public sealed record CallbackFact(
    CallbackScope Scope,
    FunctionType Signature,
    int? UserDataParameter,
    int? DestroyParameter,
    int? UserDataArgument,
    SourceLocation Location)
{
    /// <summary><c>user_data_from: { call: fn, arg: N }</c>: the one-parameter function that returns the user data
    /// when given callback argument <see cref="UserDataArgument"/> (<c>sqlite3_user_data(context)</c>); null when the
    /// argument is the user data itself.</summary>
    public FunctionDecl? UserDataFrom { get; init; }

    /// <summary>The C# names of the callback's arguments (<c>args:</c>), one per argument of <see cref="Signature"/>;
    /// empty when the contract names none.</summary>
    public System.Collections.Immutable.ImmutableArray<string> ArgumentNames { get; init; } = [];
}
