namespace BindingForge.Review.Surface;

/// <summary>One change of the bound C surface between two API records.</summary>
/// <param name="Subject">What changed, C side (<c>function `bf_add`</c>, <c>enum `bf_kind` enumerator `BF_KIND_CHILD`</c>).</param>
/// <param name="Description">What changed and what it means (<c>2 → 3: ...</c>).</param>
/// <param name="Member">The C# member it moves (<c>FixtureNative.bf_add</c>, <c>bf_kind.BF_KIND_CHILD</c>), when there is one.</param>
/// <param name="Old">The older record's item, when there is one (its line locates removals).</param>
/// <param name="New">The newer record's item, when there is one.</param>
public sealed record SurfaceChange(SurfaceClass Class, string Subject, string Description, string? Member, ApiLine? Old, ApiLine? New);
