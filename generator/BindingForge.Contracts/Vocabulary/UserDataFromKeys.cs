namespace BindingForge.Contracts.Vocabulary;

/// <summary>The keys of a callback's <c>user_data_from: { call, arg }</c> (extension).</summary>
public static class UserDataFromKeys
{
    public static readonly KeyRow Call = new("call", ValueShape.Function, "the one-pointer function that returns the user data") { Required = true };

    public static readonly KeyRow Arg = new("arg", new IntegerShape(0), "the callback argument passed to it") { Required = true };

    public static readonly KeyTable Table = new("`user_data_from`", Call, Arg);
}
