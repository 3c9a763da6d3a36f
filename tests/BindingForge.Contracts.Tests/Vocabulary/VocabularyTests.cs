using System.Text.Json;
using System.Text.Json.Nodes;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>
/// The vocabulary tables are the one place a contract key is spelled: capture accepts exactly their rows, and the
/// JSON Schema and docs/contract-format.md say what the rows say. A disagreement message says what to add or change.
/// </summary>
public sealed class VocabularyTests
{
    private static readonly Lazy<JsonObject> Schema = new(() => (JsonObject)JsonNode.Parse(File.ReadAllText(RepositoryFiles.SchemaPath))!);

    private static readonly Lazy<string> Docs = new(() => File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "contract-format.md")).Replace("\r\n", "\n", StringComparison.Ordinal));

    public static TheoryData<string, string> Rows() => RowData(_ => true);

    public static TheoryData<string, string> OptionalRows() => RowData(r => !r.Required);

    public static TheoryData<string, string> RequiredRows() => RowData(r => r.Required);

    public static TheoryData<string> Tables() => [.. ContractVocabulary.Tables.Select(t => t.What)];

    /// <summary>(table, key) of every row <paramref name="which"/> selects.</summary>
    private static TheoryData<string, string> RowData(Func<KeyRow, bool> which)
    {
        var data = new TheoryData<string, string>();
        foreach (var table in ContractVocabulary.Tables)
        {
            foreach (var row in table.Rows.Where(which))
                data.Add(table.What, row.Key);
        }

        return data;
    }

    private static KeyTable Table(string what) => ContractVocabulary.Tables.Single(t => t.What == what);

    [Fact]
    public void Every_table_is_placed_in_a_contract_and_in_the_docs()
    {
        Assert.Contains(ParamKeys.Table, ContractVocabulary.Tables);
        Assert.All(ContractVocabulary.Tables, t => Assert.True(CapturePlacement.Knows(t), $"no placement in a contract for {t.What} (CapturePlacement)"));
        Assert.All(ContractVocabulary.Tables, t => Assert.True(DocPlace.All.Any(p => p.Table == t), $"no section of the docs for {t.What} (DocPlace)"));
        Assert.Equal(ContractVocabulary.Tables.Count, ContractVocabulary.Tables.Select(t => t.What).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Capture_accepts_every_row_with_a_value_of_its_shape(string table, string key)
    {
        var text = CapturePlacement.Contract(Table(table), key);

        var load = ContractTestKit.Load(text);

        Assert.True(load.Diagnostics.Count == 0, $"{text}\n" + string.Join("\n", load.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(OptionalRows))]
    public void Capture_reads_every_row_into_the_syntax_tree(string table, string key)
    {
        var with = ContractTestKit.Load(CapturePlacement.Contract(Table(table), key));
        var without = ContractTestKit.Load(CapturePlacement.Contract(Table(table), null));

        Assert.NotEqual(JsonSerializer.Serialize(without.Document), JsonSerializer.Serialize(with.Document));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void Capture_refuses_any_key_that_is_no_row_and_lists_the_rows_as_allowed(string what)
    {
        var table = Table(what);

        var load = ContractTestKit.Load(CapturePlacement.Contract(table, "not_a_key", "1"));

        var unknown = Assert.Single(load.Diagnostics, d => d.Id == ContractDiagnosticIds.UnknownKey);
        Assert.EndsWith($"in {what}; allowed: {string.Join(", ", table.Keys)}", unknown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiredRows))]
    public void Capture_reports_a_required_row_that_is_missing(string what, string key)
    {
        var table = Table(what);
        var text = CapturePlacement.Contract(table, null, without: key);

        var load = ContractTestKit.Load(text);

        Assert.True(load.Diagnostics.Any(d => d.Id is ContractDiagnosticIds.MissingKey or ContractDiagnosticIds.WrongValueKind),
            $"{text}\n" + string.Join("\n", load.Diagnostics));
    }

    [Fact]
    public void Every_value_of_an_enumerated_fact_has_a_spelling()
    {
        Assert.All(Enum.GetValues<HandleThreading>(), v => Assert.NotEmpty(Spellings.Threading.TextOf(v)));
        Assert.All(Enum.GetValues<ReleaseThread>(), v => Assert.NotEmpty(Spellings.ReleaseOn.TextOf(v)));
        Assert.All(Enum.GetValues<OutKind>(), v => Assert.NotEmpty(Spellings.Out.TextOf(v)));
        Assert.All(Enum.GetValues<StringEncoding>(), v => Assert.NotEmpty(Spellings.String.TextOf(v)));
        Assert.All(Enum.GetValues<ArrayDirection>(), v => Assert.NotEmpty(Spellings.Array.TextOf(v)));
        Assert.All(Enum.GetValues<CallbackScope>(), v => Assert.NotEmpty(Spellings.Scope.TextOf(v)));
        Assert.All(Enum.GetValues<FactStatus>().Where(v => v != FactStatus.Unstated), v => Assert.NotEmpty(Spellings.Status.TextOf(v)));
    }

    [Fact]
    public void The_schema_says_what_the_rows_say()
    {
        var problems = SchemaAgreement.Check(Schema.Value, ContractVocabulary.Root);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_docs_say_what_the_rows_say()
    {
        var problems = DocProblems(Docs.Value).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_row_the_schema_and_docs_lack_is_reported()
    {
        var extra = new KeyRow("keeps_alive", ValueShape.Parameter, "the argument the handle keeps alive");
        var changed = new KeyTable(ParamKeys.Table.What, [.. ParamKeys.Table.Rows, extra]);
        var root = Rebuilt(ContractVocabulary.Root, ParamKeys.Table, changed);

        var schema = SchemaAgreement.Check(Schema.Value, root);
        var docs = DocAgreement.CheckKeyTable("## Parameter facts", DocAgreement.Section(Docs.Value, "## Parameter facts"), changed);

        Assert.Contains(schema, p => p.Contains("`keeps_alive` is a row of a parameter entry but not a property", StringComparison.Ordinal));
        Assert.Contains(docs, p => p.Contains("no line for `keeps_alive`; add: | `keeps_alive` |", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_whose_spellings_or_default_differ_is_reported()
    {
        var threading = HandleKeys.Threading with { Default = "free-threaded" };
        var changed = new KeyTable(HandleKeys.Table.What, [.. HandleKeys.Table.Rows.Select(r => r.Key == "threading" ? threading : r)]);
        var spelled = new KeyRow("out", new EnumShape(["owned", "borrowed"]), "the callee fills it");
        var param = new KeyTable(ParamKeys.Table.What, [.. ParamKeys.Table.Rows.Select(r => r.Key == "out" ? spelled : r)]);
        var root = Rebuilt(Rebuilt(ContractVocabulary.Root, HandleKeys.Table, changed), ParamKeys.Table, param);

        var problems = SchemaAgreement.Check(Schema.Value, root);

        Assert.Contains(problems, p => p.StartsWith("#/handles/*/threading: the schema's default is exclusive", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("#/functions/*/params/*/out: the schema spells", StringComparison.Ordinal));
    }

    /// <summary>Every disagreement between the docs and the tables, section by section.</summary>
    private static IEnumerable<string> DocProblems(string docs) =>
        DocPlace.All.SelectMany(p => p.Check(DocAgreement.Section(docs, p.Heading)))
            .Concat(DocAgreement.CheckDefaults("## Defaults when a fact is missing", DocAgreement.Section(docs, "## Defaults when a fact is missing"),
                ContractVocabulary.Tables.SelectMany(t => t.Rows)));

    /// <summary>The tree of tables under <paramref name="table"/> with the table named like <paramref name="from"/> replaced by <paramref name="to"/>.</summary>
    private static KeyTable Rebuilt(KeyTable table, KeyTable from, KeyTable to)
    {
        if (table.What == from.What)
            return to;
        return new KeyTable(table.What, [.. table.Rows.Select(r => r with { Value = Rebuilt(r.Value, from, to) })]);
    }

    private static ValueShape Rebuilt(ValueShape shape, KeyTable from, KeyTable to) => shape switch
    {
        MappingShape m => new MappingShape(Rebuilt(m.Table, from, to)),
        EntriesShape e => new EntriesShape(Rebuilt(e.Entry, from, to)),
        ListShape l => new ListShape(Rebuilt(l.Item, from, to)),
        OneOfShape o => new OneOfShape([.. o.Choices.Select(c => Rebuilt(c, from, to))]),
        _ => shape,
    };
}
