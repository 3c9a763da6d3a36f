using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;
using BindingForge.Review.Diff;

namespace BindingForge.Review.Tests.Lifetimes;

/// <summary>
/// The lifetime facts of tests/native/life.yaml over the real life.h: <c>check</c> reports each misuse (a parameter
/// that is not a handle, the wrong kind of return, a fact that cannot be checked) with its code at the fact's YAML
/// line and column, and <c>diff</c> shows a change to each fact as a behaviour change (<c>updates</c>, which changes the
/// method's signature, as breaking).
/// </summary>
public sealed class LifetimeFactTests
{
    private static string Native => Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "native"));

    private static string ContractPath => Path.Combine(Native, "life.yaml");

    private static string Text => File.ReadAllText(ContractPath);

    private static readonly Lazy<HeaderModel> Header = new(() =>
    {
        var session = BindingSession.Load(ContractPath).ReadHeaders();
        Assert.False(session.ReadFailed, string.Join("\n", session.ReadDiagnostics));
        return session.Header!;
    });

    private static BindingSession Check(string text) => BindingSession.LoadText(text, ContractPath).WithHeader(Header.Value).Bind();

    /// <summary>life.yaml with <paramref name="old"/> replaced; asserts the one error is <paramref name="id"/> at <paramref name="needle"/> (after <paramref name="after"/>).</summary>
    private static Diagnostic ExpectAt(string old, string replacement, string id, string needle, string? after = null)
    {
        var text = Text;
        Assert.Contains(old, text);
        text = text.Replace(old, replacement, StringComparison.Ordinal);
        var errors = Check(text).Diagnostics.Where(d => d.IsError).ToList();
        var diagnostic = Assert.Single(errors);
        Assert.Equal(id, diagnostic.Id);
        var start = text.IndexOf(after ?? replacement, StringComparison.Ordinal);
        var index = text.IndexOf(needle, start, StringComparison.Ordinal);
        var line = 1 + text[..index].Count(c => c == '\n');
        var column = index - text.LastIndexOf('\n', index - 1);
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Equal(ContractPath, diagnostic.Location.File);
        return diagnostic;
    }

    [Fact]
    public void The_bundled_fixture_contract_checks_clean()
    {
        Assert.Empty(Check(Text).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Kept_by_on_an_argument_that_is_no_handle_is_BF2150()
    {
        ExpectAt("text: { string: utf8 }", "text: { string: utf8, kept_by: list }", ContractDiagnosticIds.KeptByDoesNotFit, "list }", "kept_by: list");
    }

    [Fact]
    public void Kept_by_naming_a_scalar_or_the_argument_itself_is_BF2150()
    {
        ExpectAt("bfl_list_item:\n    returns", "bfl_list_item:\n    params: { list: { kept_by: index } }\n    returns", ContractDiagnosticIds.KeptByDoesNotFit, "index }", "kept_by: index");
        ExpectAt("list: { nullable: true, kept_by: holder }", "list: { nullable: true, kept_by: list }", ContractDiagnosticIds.KeptByDoesNotFit, "list }", "kept_by: list");
    }

    [Fact]
    public void Kept_by_naming_no_parameter_is_BF2106()
    {
        ExpectAt("kept_by: holder }", "kept_by: holdr }", ContractDiagnosticIds.MissingParameterReference, "holdr }");
    }

    [Fact]
    public void Updates_naming_a_string_or_on_a_return_that_is_no_handle_is_BF2151()
    {
        ExpectAt("returns: { updates: list }", "returns: { updates: text }", ContractDiagnosticIds.UpdatesDoesNotFit, "text }", "updates: text");
        ExpectAt("returns: { error: bfl-status }", "returns: { error: bfl-status, updates: holder }", ContractDiagnosticIds.UpdatesDoesNotFit, "holder }", "updates: holder");
    }

    [Fact]
    public void Resets_naming_a_scalar_is_BF2152()
    {
        ExpectAt("bfl_list_item:\n    returns", "bfl_list_item:\n    resets: index\n    returns", ContractDiagnosticIds.ResetsDoesNotFit, "index", "resets: index");
    }

    [Fact]
    public void Duplicate_of_without_owned_is_BF2153()
    {
        ExpectAt("returns: { owned: true, duplicate_of: holder }", "returns: { borrowed: true, duplicate_of: holder }", ContractDiagnosticIds.DuplicateOfDoesNotFit, "holder }", "duplicate_of: holder");
    }

    [Fact]
    public void Consumed_on_success_on_a_call_that_cannot_fail_is_BF2154()
    {
        ExpectAt("list: { nullable: true, kept_by: holder }", "list: { consumed: on_success }", ContractDiagnosticIds.ConsumedOnSuccessUnchecked, "on_success");
    }

    [Fact]
    public void Consumed_with_another_word_is_a_wrong_value_kind()
    {
        ExpectAt("consumed: on_success", "consumed: on_failure", ContractDiagnosticIds.WrongValueKind, "on_failure");
    }

    [Fact]
    public void A_handle_scoped_callback_on_a_call_without_a_handle_is_BF2155()
    {
        ExpectAt("skip: \"process-wide: a callback every new holder starts with, which no handle could keep alive\"",
            "params:\n      visit: { callback: { scope: handle, user_data: data } }", ContractDiagnosticIds.HandleScopeWithoutHandle, "{ scope: handle");
    }

    private static ContractDiff Diff(string old, string replacement)
    {
        var before = Text;
        Assert.Contains(old, before);
        var after = before.Replace(old, replacement, StringComparison.Ordinal);
        var a = ContractLoader.LoadText(before, ContractPath).Document!;
        var b = ContractLoader.LoadText(after, ContractPath).Document!;
        return ContractDiffer.Compare(new DiffSide(a, Header.Value, "old"), new DiffSide(b, Header.Value, "new"), "life.yaml");
    }

    [Theory]
    [InlineData("list: { nullable: true, kept_by: holder }", "list: { nullable: true }", "kept alive by `holder`")]
    [InlineData("consumed: on_success", "consumed: true", "consumed only when the call succeeds")]
    [InlineData("    resets: holder\n", "", "resets `holder`")]
    [InlineData("owned: true, duplicate_of: holder", "owned: true", "a duplicate of `holder`")]
    [InlineData("scope: handle", "scope: forever", "callback scope")]
    public void A_changed_lifetime_fact_is_a_behaviour_change(string old, string replacement, string words)
    {
        var change = Assert.Single(Diff(old, replacement).Changes);
        Assert.Equal(ChangeKind.Behaviour, change.Kind);
        Assert.Contains(words, change.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void An_append_that_no_longer_updates_its_list_is_breaking()
    {
        var changes = Diff("returns: { updates: list }", "returns: { owned: true }").Changes;
        Assert.Contains(changes, c => c is { Kind: ChangeKind.Breaking } && c.Description.Contains("updates `list` in place", StringComparison.Ordinal));
    }
}
