using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Rendering;

namespace BindingForge.Generator.Safe.Classes;

/// <summary>The members collected for one generated class, and the names they took.</summary>
internal sealed class ClassMembers(string className, bool isHandleClass, IEnumerable<string> typeNames)
{
    public string ClassName { get; } = className;

    public MemberNames Names { get; } = new(className, isHandleClass, typeNames);

    /// <summary>Members the class declares itself (constructor, overrides), first in the file.</summary>
    public List<MemberRender> Fixed { get; } = [];

    /// <summary>Factories, methods and properties, in header order.</summary>
    public List<MemberRender> Methods { get; } = [];

    public IEnumerable<MemberRender> All => Fixed.Concat(Methods);
}
