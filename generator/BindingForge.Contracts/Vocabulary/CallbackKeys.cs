using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a parameter's <c>callback: { scope, user_data, destroy, user_data_arg, user_data_from }</c>.</summary>
public static class CallbackKeys
{
    public static readonly EnumKeyRow<CallbackScope> Scope = new("scope", Spellings.Scope,
        "call: during the call; async: until invoked once; notified: until destroy runs; forever: until the handle is released; handle: until the call's first handle sets the same parameter again, is reset or released (shared with its duplicates); pool: until the pool (the call's first handle) is next cleared or released")
    {
        Required = true,
        Diff = new(ChangeImpact.Behaviour, "callback scope {value}", Meaning: "how long the delegate is kept alive changes"),
    };

    public static readonly KeyRow UserData = new("user_data", ValueShape.Parameter, "the parameter that carries the user data");

    public static readonly KeyRow Destroy = new("destroy", ValueShape.Parameter, "the parameter that takes the function the library calls to release the user data (with `notified`)");

    public static readonly KeyRow UserDataArg = new("user_data_arg", new IntegerShape(0), "extension: which callback argument hands the user data back (default: the first void*)");

    public static readonly KeyRow UserDataFrom = new("user_data_from", new MappingShape(UserDataFromKeys.Table),
        "extension: the user data comes back from calling a one-pointer function on a callback argument; excludes user_data_arg");

    public static readonly KeyRow Args = new("args", new ListShape(ValueShape.Identifier),
        "extension: the C# names of the callback's arguments, one per C argument in order (the user data's is not used); default: names read from the types")
    {
        Diff = new(ChangeImpact.Breaking, "callback arguments named [{value}]", "callback arguments unnamed", "named arguments of the delegate change"),
    };

    public static readonly KeyTable Table = new("`callback`", Scope, UserData, Destroy, UserDataArg, UserDataFrom, Args);
}
