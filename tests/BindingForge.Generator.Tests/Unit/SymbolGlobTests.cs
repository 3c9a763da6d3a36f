using BindingForge.Model;

namespace BindingForge.Generator.Tests.Unit;

public sealed class SymbolGlobTests
{
    [Theory]
    [InlineData("sqlite3_*", "sqlite3_open", true)]
    [InlineData("sqlite3_*", "sqlite3_", true)]
    [InlineData("sqlite3_*", "sqlite3", false)]
    [InlineData("*printf", "sqlite3_mprintf", true)]
    [InlineData("*printf", "sqlite3_printf_x", false)]
    [InlineData("sqlite3_?open", "sqlite3_xopen", true)]
    [InlineData("sqlite3_?open", "sqlite3_open", false)]
    [InlineData("*_*_*", "a_b_c", true)]
    [InlineData("*_*_*", "a_bc", false)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("*", "", true)]
    [InlineData("", "", true)]
    [InlineData("", "x", false)]
    [InlineData("SQLITE_*", "sqlite_x", false)]
    public void Matches_whole_names_case_sensitively(string pattern, string name, bool expected) =>
        Assert.Equal(expected, new SymbolGlob(pattern).IsMatch(name));
}
