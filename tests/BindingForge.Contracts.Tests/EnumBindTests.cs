using BindingForge.Model.Contracts;
using static BindingForge.Contracts.Tests.ContractTestKit;

namespace BindingForge.Contracts.Tests;

/// <summary><c>enums:</c> and the <c>enum:</c> facts that use them, bound against <see cref="TestHeader"/>.</summary>
public sealed class EnumBindTests
{
    [Fact]
    public void Globs_names_and_C_enums_become_members_in_header_order_with_renames()
    {
        var bound = Bind("enums:\n  Code:\n    values: [\"*O*\", RED]\n    exclude: [VERSION, TRANSIENT, NOMEM]\n    members: { ROW: { name: Next } }\n  Color: { values: [color], flags: true }\n" +
            "functions:\n  db_open: { returns: { enum: Code } }\n  color_name: { params: { c: { enum: Color } } }\n");

        Assert.DoesNotContain(bound.Diagnostics, d => d.IsError);
        var code = bound.Contract!.Enums.Single(e => e.Name == "Code");
        Assert.Equal(["OK", "ROW:Next", "DONE", "RED"], code.Members.Select(m => m.Name is null ? m.CName : $"{m.CName}:{m.Name}"));
        Assert.Equal((false, 100), (code.Flags, (int)code.Members[1].Value));
        Assert.Equal((true, 2), (bound.Contract.Enums.Single(e => e.Name == "Color").Flags, bound.Contract.Enums.Single(e => e.Name == "Color").Members.Length));
        Assert.Equal("Code", bound.Contract.Functions.Single(f => f.CName == "db_open").Return.Enum);
        Assert.Equal("Color", bound.Contract.Functions.Single(f => f.CName == "color_name").Parameters[0].Enum);
    }

    [Theory]
    [InlineData("enums:\n  Code: { values: [OKAY] }\n", "OKAY", "did you mean `OK`")]
    [InlineData("enums:\n  Code: { values: [VERSION] }\n", "VERSION", "not an integer constant")]
    [InlineData("enums:\n  Code: { values: [OK], members: { ROW: { name: Next } } }\n", "ROW:", "not a member")]
    [InlineData("enums:\n  Code: { values: [OK], exclude: [\"*\"] }\n", "Code", "has no member")]
    public void A_value_that_names_nothing_or_an_empty_enum_is_BF2190(string body, string needle, string expected)
    {
        var (line, column) = Position(Prefix + body, needle);
        Assert.Contains(expected, Single(Bind(body).Diagnostics, "BF2190", line, column).Message);
    }

    [Theory]
    [InlineData("enums:\n  Code: { values: [OK] }\nfunctions:\n  db_open: { returns: { enum: Cod } }\n", "Cod }", "did you mean `Code`")]
    [InlineData("enums:\n  Code: { values: [OK] }\nfunctions:\n  db_open: { params: { path: { enum: Code } } }\n", "Code } }", "needs an integer")]
    public void An_enum_fact_that_names_no_entry_or_sits_on_a_pointer_is_BF2191(string body, string needle, string expected)
    {
        var (line, column) = Position(Prefix + body, needle, after: "functions:");
        Assert.Contains(expected, Single(Bind(body).Diagnostics, "BF2191", line, column).Message);
    }
}
