using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Planning;

/// <summary>
/// The C# names of a safe method's parameters, never <c>argN</c>: the contract's <c>name:</c>, else the prototype's
/// name (<c>snake_case</c> in camelCase), else one read from what the parameter is: a handle by its class (<c>statement</c>), a caller-allocated
/// struct by its class, text (<c>char*</c>) as <c>text</c>, a function pointer as <c>callback</c>, anything else as
/// <c>value</c>; repeated names are numbered from 2 (<c>value</c>, <c>value2</c>). The names are unique in the method.
/// </summary>
internal static class ParameterNames
{
    /// <summary>One name per parameter of <paramref name="function"/>, in C order.</summary>
    public static string[] Of(BoundFunction function, SafeContext context)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var names = new string[function.Parameters.Length];
        foreach (var param in function.Parameters)
        {
            var name = param.Name ?? (param.Decl.IsNameSynthesized ? FromType(param, context) : Camel(param.Decl.Name));
            names[param.Index] = Unique(SafeNames.Parameter(name), used);
        }

        return names;
    }

    /// <summary><c>good_length</c> gives <c>goodLength</c>; a name without inner underscores stays as C spells it.</summary>
    private static string Camel(string cName)
    {
        var trimmed = cName.Trim('_');
        if (!trimmed.Contains('_', StringComparison.Ordinal) || trimmed.Any(char.IsUpper))
            return cName;
        var pascal = SafeNames.Pascal(trimmed);
        return char.ToLowerInvariant(pascal[0]) + pascal[1..];
    }

    private static string FromType(BoundParam param, SafeContext context)
    {
        if (context.Handle(param.Handle) is { } handle)
            return handle.ClassName;
        if (context.Struct(param.Struct) is { } structure)
            return structure.ClassName;
        var thin = context.Thin.Map(param.Decl.Type);
        if (thin.IsFunctionPointer)
            return "callback";
        return thin.Name is "byte*" or "sbyte*" ? "text" : "value";
    }

    /// <summary><paramref name="name"/>, or it numbered from 2 when the method already has it.</summary>
    private static string Unique(string name, HashSet<string> used)
    {
        var candidate = name;
        for (var i = 2; !used.Add(SafeNames.Bare(candidate)); i++)
            candidate = SafeNames.Bare(name) + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }
}
