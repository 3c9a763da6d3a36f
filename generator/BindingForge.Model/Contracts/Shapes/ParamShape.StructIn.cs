using System.Collections.Immutable;

namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A pointer to a caller-allocated struct (<c>structs:</c>): the struct object, leased like a handle; each buffer field in <paramref name="Fields"/> becomes a span parameter.</summary>
    public sealed record StructIn(string Struct, bool Nullable, ImmutableArray<string> Fields) : ParamShape;
}
