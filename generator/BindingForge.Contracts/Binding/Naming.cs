using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;

namespace BindingForge.Contracts.Binding;

/// <summary>C# names the binder settles: an explicit class (or its synonym <c>name</c>), else a PascalCase default
/// without the library prefix and a <c>_t</c> tag (<see cref="CNamePrefixes.TypeName"/>).</summary>
internal static class Naming
{
    /// <summary><paramref name="explicitName"/> or <paramref name="name"/> (they must agree when both are given), else the
    /// key's default type name (<c>curl_slist</c> gives <c>Slist</c>, <c>foo_group_t</c> gives <c>Group</c>).</summary>
    public static string ClassName(Located<string>? explicitName, Located<string>? name, string key, KeyRow keyword, BindContext context)
    {
        if (explicitName is not null && name is not null && explicitName.Value != name.Value)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts,
                $"`{keyword.Key}: {explicitName.Value}` and `{MetaKeys.Name.Key}: {name.Value}` disagree; give one of them", name.Location);
        }

        return explicitName?.Value ?? name?.Value ?? context.Prefixes.TypeName(key);
    }

    /// <summary><c>sqlite3_stmt</c> gives <c>Sqlite3Stmt</c>, <c>sqlite-rc</c> gives <c>SqliteRc</c>.</summary>
    public static string PascalCase(string text) => CSharpIdentifiers.PascalCase(text);
}
