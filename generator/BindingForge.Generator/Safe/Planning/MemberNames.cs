using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The member names taken in one generated class: the class's own name, the members its runtime base already has,
/// the type names bodies use, and every method emitted so far. A taken name gets the class name appended (<c>Close</c> on <c>Blob</c> becomes
/// <c>CloseBlob</c>: SafeHandle has a <c>Close</c>), then a number, with an info diagnostic (BF3503).
/// </summary>
internal sealed class MemberNames
{
    /// <summary>Members of SafeHandle: a generated method must not hide them.</summary>
    private static readonly string[] SafeHandleMembers =
    [
        "Close", "Dispose", "DangerousAddRef", "DangerousRelease", "DangerousGetHandle", "SetHandle", "SetHandleAsInvalid",
        "IsInvalid", "IsClosed", "ReleaseHandle",
    ];

    /// <summary>Names kept free in a handle class beyond the runtime bases' visible members: <c>Clone</c>, which the
    /// class template emits for a ref-counted handle, and the bases' <c>private protected</c> helpers, which
    /// <c>nameof</c> cannot reach from the generator.</summary>
    private static readonly string[] OtherHandleMembers = ["Clone", "EnsureAttachable", "AttachCore"];

    private static readonly string[] ObjectMembers = ["Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "Finalize", "ReferenceEquals"];

    /// <summary>The members a handle class declares under names its runtime base fixes (the overrides, and
    /// <c>Clone</c>): a handle class must not be named like one, since C# refuses a member named like its class
    /// (CS0542) and these cannot step aside. Inherited members may share the class's name.</summary>
    public static IReadOnlySet<string> FixedHandleMembers { get; } = new HashSet<string>(
    [
        RuntimeNames.OwnedHandle.Free, RuntimeNames.RefCountedHandle.Retain, RuntimeNames.RefCountedHandle.CloneInto,
        RuntimeNames.CallerAllocatedHandle.Cleanup, "Clone",
    ], StringComparer.Ordinal);

    private readonly string _className;
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <param name="className">The class the members belong to.</param>
    /// <param name="isHandleClass">True for a class deriving from a runtime handle base.</param>
    /// <param name="typeNames">The type names generated bodies refer to unqualified (the run's types, the imported
    /// namespaces' types): a member with one of them would shadow the type in expressions such as
    /// <c>Sqlite3Errors.SqliteRc(...)</c>, so they are taken too.</param>
    public MemberNames(string className, bool isHandleClass, IEnumerable<string> typeNames)
    {
        _className = className;
        _taken.Add(className);
        _taken.UnionWith(typeNames);
        _taken.UnionWith(ObjectMembers);
        if (isHandleClass)
        {
            _taken.UnionWith(SafeHandleMembers);
            _taken.UnionWith(RuntimeNames.HandleBaseMembers);
            _taken.UnionWith(OtherHandleMembers);
        }
    }

    /// <summary>Names claimed for a group of overloads (the forms of one variadic function), by name.</summary>
    private readonly Dictionary<string, string> _groups = new(StringComparer.Ordinal);

    /// <summary>
    /// Claims <paramref name="wanted"/>, or a free variant of it; reports a rename. Methods of one
    /// <paramref name="overloads"/> group (the forms of a variadic function, whose parameter types differ) share a name.
    /// </summary>
    public string Claim(string wanted, string cName, SourceLocation location, DiagnosticBag diagnostics, string? overloads = null)
    {
        if (overloads is not null && _groups.TryGetValue(wanted, out var group) && group == overloads)
            return wanted;
        if (_taken.Add(wanted))
        {
            if (overloads is not null)
                _groups[wanted] = overloads;
            return wanted;
        }

        var name = wanted + _className;
        for (var i = 2; !_taken.Add(name); i++)
            name = wanted + _className + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        diagnostics.Info(SafeDiagnosticIds.NameConflict,
            $"the safe method for '{cName}' is named '{name}': '{wanted}' is already a member of {_className}", location);
        return name;
    }

    /// <summary>Marks a name as taken without a diagnostic (members the class template emits itself).</summary>
    public void Reserve(string name) => _taken.Add(name);
}
