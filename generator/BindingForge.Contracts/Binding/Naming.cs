using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model;

namespace BindingForge.Contracts.Binding;

/// <summary>C# names the binder settles: an explicit class (or its synonym <c>name</c>), else a PascalCase default.</summary>
internal static class Naming
{
    /// <summary><paramref name="explicitName"/> or <paramref name="name"/> (they must agree when both are given), else PascalCase of the key.</summary>
    public static string ClassName(Located<string>? explicitName, Located<string>? name, string key, KeyRow keyword, BindContext context)
    {
        if (explicitName is not null && name is not null && explicitName.Value != name.Value)
        {
            context.Error(ContractDiagnosticIds.ConflictingFacts,
                $"`{keyword.Key}: {explicitName.Value}` and `{MetaKeys.Name.Key}: {name.Value}` disagree; give one of them", name.Location);
        }

        return explicitName?.Value ?? name?.Value ?? PascalCase(key);
    }

    /// <summary><c>sqlite3_stmt</c> gives <c>Sqlite3Stmt</c>, <c>sqlite-rc</c> gives <c>SqliteRc</c>.</summary>
    public static string PascalCase(string text) => CSharpIdentifiers.PascalCase(text);
}
