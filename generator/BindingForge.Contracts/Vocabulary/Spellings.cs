using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Vocabulary;

/// <summary>The spelling tables, one per enumerated fact.</summary>
public static class Spellings
{
    public static readonly EnumSpelling<HandleThreading> Threading = new("threading",
        ("free-threaded", HandleThreading.FreeThreaded), ("exclusive", HandleThreading.Exclusive), ("thread-affine", HandleThreading.ThreadAffine),
        ("readers-writer", HandleThreading.ReadersWriter));

    public static readonly EnumSpelling<HandleAccess> Access = new("access",
        ("read", HandleAccess.Read), ("mutate", HandleAccess.Mutate));

    public static readonly EnumSpelling<ReleaseThread> ReleaseOn = new("release_on",
        ("any", ReleaseThread.Any), ("creating-thread", ReleaseThread.CreatingThread));

    public static readonly EnumSpelling<OutKind> Out = new("out",
        ("owned", OutKind.Owned), ("borrowed", OutKind.Borrowed), ("caller-allocates", OutKind.CallerAllocates));

    public static readonly EnumSpelling<StringEncoding> String = new("string",
        ("utf8", StringEncoding.Utf8), ("ascii", StringEncoding.Ascii), ("utf16", StringEncoding.Utf16), ("bytes", StringEncoding.Bytes));

    public static readonly EnumSpelling<ArrayDirection> Array = new("array",
        ("in", ArrayDirection.In), ("out", ArrayDirection.Out), ("inout", ArrayDirection.InOut));

    public static readonly EnumSpelling<CallbackScope> Scope = new("scope",
        ("call", CallbackScope.Call), ("async", CallbackScope.Async), ("notified", CallbackScope.Notified), ("forever", CallbackScope.Forever), ("handle", CallbackScope.Handle), ("pool", CallbackScope.Pool));

    public static readonly EnumSpelling<FactStatus> Status = new("status",
        ("inferred", FactStatus.Inferred), ("reviewed", FactStatus.Reviewed), ("verified", FactStatus.Verified));
}
