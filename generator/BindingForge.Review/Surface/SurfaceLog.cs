namespace BindingForge.Review.Surface;

/// <summary>Collects surface changes while the per-kind differs walk two records.</summary>
internal sealed class SurfaceLog
{
    public List<SurfaceChange> Items { get; } = [];

    public void Add(SurfaceClass kind, string subject, string description, string? member, ApiLine? old, ApiLine? now) =>
        Items.Add(new SurfaceChange(kind, subject, description, member, old, now));
}
