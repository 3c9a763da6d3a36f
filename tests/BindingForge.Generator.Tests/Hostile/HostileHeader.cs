using System.Text;
using BindingForge.Model;
using CsCheck;

namespace BindingForge.Generator.Tests.Hostile;

/// <summary>
/// A small C library with adversarial names, doc comments and string macros, written as a header and a contract:
/// an opaque handle with a constructor, a release and two methods (one takes a string, one a parameter the contract
/// fixes to a string macro), a static function, two structs (one with an array, one whose field is named like the
/// struct), an enum, string macros and an integer macro. Every name is drawn from <see cref="HostileAlphabets"/> and
/// made unique (C shares one name space between functions, enumerators and macros).
/// </summary>
internal sealed record HostileHeader(IReadOnlyList<string> Names, IReadOnlyList<string> Docs, IReadOnlyList<string> Values, string HandleClass, bool FieldLikeStruct)
{
    public static Gen<HostileHeader> Gen { get; } = CsCheck.Gen.Select(
        HostileAlphabets.Identifier.Array[22],
        HostileAlphabets.DocText.Array[6],
        HostileAlphabets.MacroValue.Array[3],
        HostileAlphabets.Identifier.Where(CSharpIdentifiers.IsIdentifier),
        CsCheck.Gen.Bool,
        (names, docs, values, handleClass, fieldLike) => new HostileHeader(Unique(names), docs, values, handleClass, fieldLike));

    public string Handle => Names[0];
    public string New => Names[1];
    public string Free => Names[2];
    public string TakesText => Names[3];
    public string TakesFixed => Names[4];
    public string Static => Names[5];

    /// <summary>The C functions, in header order.</summary>
    public IReadOnlyList<string> Functions => [New, Free, TakesText, TakesFixed, Static];

    public string Struct1 => Names[6];
    public IReadOnlyList<string> Struct1Fields => [Names[7], Names[8], Names[9]];
    public string Struct2 => Names[10];
    public string Struct2Field => FieldLikeStruct ? Struct2 : Names[11];
    public IReadOnlyList<string> StringMacros => [Names[12], Names[13], Names[14]];
    public string IntMacro => Names[15];
    public string Enum => Names[16];
    public IReadOnlyList<string> Enumerators => [Names[17], Names[18]];
    public string TextParam => Names[19];
    public string FixedParam => Names[20];
    public string CountParam => Names[21];

    /// <summary>The string macros without a NUL: the ones that are bound (a NUL is BF1010).</summary>
    public IEnumerable<string> BoundStringMacros => StringMacros.Where((_, i) => !Values[i].Contains('\0'));

    public string Text()
    {
        var c = new StringBuilder();
        c.Append("typedef struct ").Append(Handle).Append(' ').Append(Handle).Append(";\n\n");
        Doc(c, Docs[0]);
        c.Append($"struct {Struct1} {{ int {Struct1Fields[0]}; double {Struct1Fields[1]}[3]; const char *{Struct1Fields[2]}; }};\n");
        c.Append($"struct {Struct2} {{ long long {Struct2Field}; }};\n");
        Doc(c, Docs[1]);
        c.Append($"enum {Enum} {{ {Enumerators[0]} = 0, {Enumerators[1]} = 7 }};\n\n");
        for (var i = 0; i < StringMacros.Count; i++)
        {
            Doc(c, Docs[(2 + i) % Docs.Count]);
            c.Append($"#define {StringMacros[i]} {HostileAlphabets.CString(Values[i])}\n");
        }

        c.Append($"#define {IntMacro} 42\n\n");
        Doc(c, Docs[5]);
        c.Append($"{Handle} *{New}(void);\n");
        c.Append($"void {Free}({Handle} *h);\n");
        Doc(c, $"{Docs[2]}\n\\param {TextParam} {Docs[3]}\n\\return {Docs[4]}");
        c.Append($"int {TakesText}({Handle} *h, const char *{TextParam});\n");
        c.Append($"int {TakesFixed}({Handle} *h, const char *{FixedParam}, int {CountParam});\n");
        Doc(c, Docs[4]);
        c.Append($"double {Static}(struct {Struct1} *s, struct {Struct2} *t, enum {Enum} e);\n");
        return c.ToString();
    }

    /// <summary>The contract: the handle with its class, release and constructor; the string parameter; the fixed
    /// one when the first string macro is bound and has an ASCII name (else the function keeps a plain pointer).</summary>
    public string Contract(string header)
    {
        // A contract names a value by an ASCII C identifier (BF2011 otherwise).
        var fixedValue = Values[0].Contains('\0') || !CSharpIdentifiers.IsAsciiIdentifier(StringMacros[0]) ? "" : $"\n  {Q(TakesFixed)}: {{ params: {{ {Q(FixedParam)}: {{ value: {Q(StringMacros[0])} }} }} }}";
        return $"""
            bindingforge: 1
            library: {"{"} name: hostile, headers: [{Q(header)}], include_dirs: [.], namespace: Hostile.Props, class: Test {"}"}
            handles:
              {Q(Handle)}: {"{"} class: {HandleClass}, release: {Q(Free)} {"}"}
            functions:
              {Q(New)}: {"{"} returns: {"{"} owned: true {"}"} {"}"}
              {Q(TakesText)}: {"{"} params: {"{"} {Q(TextParam)}: {"{"} string: utf8 {"}"} {"}"} {"}"}{fixedValue}

            """;
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    private static string Q(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>A <c>///</c> comment, one line per C line break in <paramref name="text"/>: every other character,
    /// U+2028 and bidi controls included, stays inside the comment, as a header would carry it.</summary>
    private static void Doc(StringBuilder c, string text)
    {
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n', '\r'))
        {
            // A backslash before the line break would splice the next line, code included, into the comment.
            var splices = line.TrimEnd(' ', '\t', '\v', '\f').EndsWith('\\');
            c.Append("/// ").Append(line).Append(splices ? "." : "").Append('\n');
        }
    }

    private static string[] Unique(string[] names)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. names.Select((n, i) => seen.Add(n) ? n : Add(seen, $"{n}_{i}"))];
    }

    private static string Add(HashSet<string> seen, string name)
    {
        seen.Add(name);
        return name;
    }

    public override string ToString() => Text();
}
