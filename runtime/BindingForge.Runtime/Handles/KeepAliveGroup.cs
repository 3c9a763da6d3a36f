using System.Runtime.InteropServices;

namespace BindingForge.Runtime;

/// <summary>
/// Holds a reference (<see cref="SafeHandle.DangerousAddRef"/>) on several handles and drops them, in reverse order,
/// when its own last reference goes: how a handle keeps more than one parent alive through the single keep-alive
/// slot of <see cref="NativeHandle"/>.
/// </summary>
internal sealed class KeepAliveGroup : SafeHandle
{
    private readonly List<SafeHandle> _members = [];

    /// <summary>Adds a reference to every non-null member; on failure, drops the ones already added and rethrows.</summary>
    public KeepAliveGroup(IEnumerable<SafeHandle?> members)
        : base(0, ownsHandle: true)
    {
        try
        {
            foreach (var member in members)
            {
                if (member is null)
                    continue;
                bool added = false;
                member.DangerousAddRef(ref added);
                if (added)
                    _members.Add(member);
            }
        }
        catch
        {
            ReleaseHandle();
            SetHandleAsInvalid();
            throw;
        }
    }

    /// <summary>Never invalid, so that <see cref="ReleaseHandle"/> always runs.</summary>
    public override bool IsInvalid => false;

    /// <inheritdoc/>
    protected override bool ReleaseHandle()
    {
        for (var i = _members.Count - 1; i >= 0; i--)
            _members[i].DangerousRelease();
        _members.Clear();
        return true;
    }
}
