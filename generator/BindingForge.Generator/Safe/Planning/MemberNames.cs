using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The member names taken in one generated class: the class's own name, the members its runtime base already has,
/// the type names bodies use, and every method emitted so far. A name the class holds for its base, object or itself
/// gets the class name appended (<c>Close</c> on <c>Blob</c> becomes <c>CloseBlob</c>: SafeHandle has a <c>Close</c>),
/// then a number, with an info diagnostic (BF3503); two C functions on one method name are overloads, or an error when
/// their parameters are the same (BF3510, <see cref="ClaimMethod"/>).
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

    /// <summary>The methods emitted so far by name: the C function, and each overload's parameter types.</summary>
    private readonly Dictionary<string, (string CName, List<string> Signatures)> _methods = new(StringComparer.Ordinal);

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

    /// <summary>
    /// Claims a method name for <paramref name="cName"/> whose overloads take <paramref name="signatures"/> (their
    /// parameter types). A name another C function's method already has is an overload when every signature is new
    /// (several C functions renamed to one name: <c>bind_int</c>, <c>bind_text</c> as <c>Bind</c>); with a signature
    /// already there it is BF3510, an error, and null: the function stays thin-only and the contract must rename one.
    /// A name the class holds for anything else (its base's members, object's, its own name) takes a suffix (BF3503).
    /// </summary>
    public string? ClaimMethod(string wanted, string cName, IReadOnlyList<string> signatures, SourceLocation location, DiagnosticBag diagnostics)
    {
        // Another C function's method, or another form of the same variadic function (sqlite3_config's Configure).
        if (_methods.TryGetValue(wanted, out var existing))
        {
            if (signatures.Any(existing.Signatures.Contains))
            {
                diagnostics.Error(SafeDiagnosticIds.MethodCollision,
                    $"'{cName}' and '{existing.CName}' would both be {_className}.{wanted}({signatures.First(existing.Signatures.Contains)}); rename one with `name:`", location);
                return null;
            }

            existing.Signatures.AddRange(signatures);
            return wanted;
        }

        var name = Claim(wanted, cName, location, diagnostics);
        if (_methods.TryGetValue(name, out var same))
            same.Signatures.AddRange(signatures);
        else
            _methods[name] = (cName, [.. signatures]);
        return name;
    }

    /// <summary>Marks a name as taken without a diagnostic (members the class template emits itself).</summary>
    public void Reserve(string name) => _taken.Add(name);
}
