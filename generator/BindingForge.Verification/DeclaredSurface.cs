using BindingForge.Generator.Output;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace BindingForge.Verification;

/// <summary>
/// What a parsed file declares, in the words of <see cref="EmittedSurface"/> (<c>class Golden.Cases.GoldenNative</c>
/// with <c>method sqlite3_open</c>, ...), and how it differs from what was planned for the file. Types and members
/// are compared as multisets, so order does not matter but every extra or missing declaration does; a declaration
/// the templates never write (an interface, an event, an arithmetic operator, a second namespace) is always extra.
/// </summary>
internal static class DeclaredSurface
{
    public static IEnumerable<Finding> Differences(SyntaxTree tree, IEnumerable<EmittedType> planned)
    {
        var expected = planned.Select(t => (Key: $"{Kind(t.Kind)} {Qualified(t.Namespace, t.Name)}", Members: t.Members.Select(m => m.ToString()).ToList())).ToList();
        var declared = new List<(string Key, List<string> Members, Location Where)>();
        Collect(tree.GetCompilationUnitRoot().Members, "", "", declared);

        var remaining = expected.ToList();
        foreach (var (key, members, where) in declared)
        {
            var match = remaining.FindIndex(e => e.Key == key && Same(e.Members, members));
            if (match < 0)
                match = remaining.FindIndex(e => e.Key == key);
            if (match < 0)
            {
                yield return At(where, $"declares {key}, which was not planned");
                continue;
            }

            var plan = remaining[match].Members;
            remaining.RemoveAt(match);
            foreach (var extra in Minus(members, plan))
                yield return At(where, $"{key} declares {extra}, which was not planned");
            foreach (var missing in Minus(plan, members))
                yield return At(where, $"{key} lacks the planned {missing}");
        }

        foreach (var (key, _) in remaining)
            yield return new Finding($"{key} was planned but is not declared", 0, 0);
    }

    private static void Collect(SyntaxList<MemberDeclarationSyntax> members, string ns, string outer, List<(string, List<string>, Location)> into)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax space:
                    Collect(space.Members, Qualified(ns, space.Name.ToString()), "", into);
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    var (kind, name) = TypeOf(member);
                    var full = outer.Length == 0 ? name : $"{outer}.{name}";
                    var list = new List<string>();
                    into.Add(($"{kind} {Qualified(ns, full)}", list, member.GetLocation()));
                    foreach (var child in Children(member))
                    {
                        if (child is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                            Collect([(MemberDeclarationSyntax)child], ns, full, into);
                        else
                            list.AddRange(Member(child));
                    }

                    break;
                default:
                    into.Add(($"{member.Kind()} '{member.ToString().Split('\n')[0].Trim()}'", [], member.GetLocation()));
                    break;
            }
        }
    }

    private static (string Kind, string Name) TypeOf(MemberDeclarationSyntax type) => type switch
    {
        ClassDeclarationSyntax c => ("class", c.Identifier.Text),
        StructDeclarationSyntax s => ("struct", s.Identifier.Text),
        EnumDeclarationSyntax e => ("enum", e.Identifier.Text),
        DelegateDeclarationSyntax d => ("delegate", d.Identifier.Text),
        BaseTypeDeclarationSyntax other => (other.Kind().ToString(), other.Identifier.Text),
        _ => (type.Kind().ToString(), "?"),
    };

    private static IEnumerable<SyntaxNode> Children(MemberDeclarationSyntax type) => type switch
    {
        TypeDeclarationSyntax t => t.Members,
        EnumDeclarationSyntax e => e.Members,
        _ => [],
    };

    /// <summary>A member as <see cref="EmittedMember.ToString"/> spells it; kinds the templates never write by
    /// their syntax kind, so they never match.</summary>
    private static IEnumerable<string> Member(SyntaxNode member) => member switch
    {
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v =>
            $"{(field.Modifiers.Any(SyntaxKind.ConstKeyword) ? "constant" : "field")} {v.Identifier.Text}"),
        MethodDeclarationSyntax method => [$"method {method.Identifier.Text}"],
        PropertyDeclarationSyntax property => [$"property {property.Identifier.Text}"],
        ConstructorDeclarationSyntax ctor => [$"{(ctor.Modifiers.Any(SyntaxKind.StaticKeyword) ? "staticconstructor" : "constructor")} {ctor.Identifier.Text}"],
        EnumMemberDeclarationSyntax enumerator => [$"enummember {enumerator.Identifier.Text}"],
        ConversionOperatorDeclarationSyntax conversion => [$"conversionoperator {conversion.Type}"],
        _ => [$"{member.Kind()} '{member.ToString().Split('\n')[0].Trim()}'"],
    };

    private static string Kind(EmittedTypeKind kind) => kind.ToString().ToLowerInvariant();

    private static string Qualified(string ns, string name) => ns.Length == 0 ? name : $"{ns}.{name}";

    private static bool Same(List<string> a, List<string> b) => !Minus(a, b).Any() && !Minus(b, a).Any();

    /// <summary>The items of <paramref name="a"/> that <paramref name="b"/> does not hold as often.</summary>
    private static IEnumerable<string> Minus(List<string> a, List<string> b)
    {
        var counts = b.GroupBy(x => x, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var item in a)
        {
            if (counts.TryGetValue(item, out var n) && n > 0)
                counts[item] = n - 1;
            else
                yield return item;
        }
    }

    private static Finding At(Location where, string message)
    {
        var start = where.GetLineSpan().StartLinePosition;
        return new Finding(message, start.Line + 1, start.Character + 1);
    }
}
