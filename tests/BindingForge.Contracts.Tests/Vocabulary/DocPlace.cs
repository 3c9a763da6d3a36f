using BindingForge.Contracts.Vocabulary;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>
/// Where docs/contract-format.md documents a vocabulary table, and how: a Markdown key table, a YAML example
/// whose keys at one indentation are the table's, or (for the small mappings inside a fact) the keys named in
/// the text. A new table needs a place here, or <see cref="VocabularyTests"/> fails.
/// </summary>
internal sealed record DocPlace(KeyTable Table, string Heading, DocForm Form, int Indent = 0)
{
    private const string Structs = "## structs (caller-allocated objects)";

    public static IReadOnlyList<DocPlace> All { get; } =
    [
        new(DocumentKeys.Table, "## Top level", DocForm.Example, 0),
        new(LibraryKeys.Table, "## library", DocForm.Example, 2),
        new(SelectKeys.Table, "## library", DocForm.Example, 4),
        new(HandleKeys.Table, "## handles", DocForm.Example, 4),
        new(ErrorKeys.Table, "## errors", DocForm.Example, 4),
        new(StructKeys.Table, Structs, DocForm.Example, 4),
        new(InitKeys.Table, Structs, DocForm.Named),
        new(FieldKeys.Table, Structs, DocForm.Named),
        new(FunctionKeys.Table, "## functions", DocForm.KeyTable),
        new(ParamKeys.Table, "## Parameter facts", DocForm.KeyTable),
        new(ReturnKeys.Table, "## Return facts", DocForm.KeyTable),
        new(LockKeys.Table, "## errors", DocForm.Named),
        new(NullErrorKeys.Table, "## Return facts", DocForm.Named),
        new(GlobalKeys.Table, "## globals", DocForm.KeyTable),
        new(EnumKeys.Table, "## enums", DocForm.KeyTable),
        new(EnumMemberKeys.Table, "## enums", DocForm.Named),
        new(FormKeys.Table, "## Variadic functions and function-like macros", DocForm.Example, 8),
        new(OptionKeys.Table, "## Variadic functions and function-like macros", DocForm.Named),
        new(ProbeKeys.Table, "## Probe hints", DocForm.Named),
        new(new KeyTable("the common keys", [.. MetaKeys.EntryMeta]), "## Provenance and common keys", DocForm.KeyTable),
        .. new[] { OwnedKeys.Table, BorrowedKeys.Table, LengthKeys.Table, CallbackKeys.Table, UserDataFromKeys.Table, ValueKeys.Table }
            .Select(t => new DocPlace(t, "## Parameter facts", DocForm.Named)),
    ];

    public IEnumerable<string> Check(string section) => Form switch
    {
        DocForm.KeyTable => DocAgreement.CheckKeyTable(Heading, section, Table),
        DocForm.Example => DocAgreement.CheckExample(Heading, section, Indent, Table),
        _ => DocAgreement.CheckNamed(Heading, section, Table),
    };
}
