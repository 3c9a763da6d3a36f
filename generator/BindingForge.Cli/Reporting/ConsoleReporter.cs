using System.CommandLine;
using BindingForge.Generator;
using BindingForge.Model.Diagnostics;
using Spectre.Console;

namespace BindingForge.Cli.Reporting;

/// <summary>
/// What a command prints: diagnostics one per line on stderr (<c>path(line,col): error BFnnnn: message</c>, for editors
/// and CI), progress and the summary on stdout through Spectre.Console.
/// </summary>
internal sealed class ConsoleReporter(IAnsiConsole output, TextWriter error, bool quiet, bool verbose)
{
    public static ConsoleReporter For(ParseResult parse, bool quiet = false)
    {
        var config = parse.InvocationConfiguration;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(config.Output),
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
        });
        return new ConsoleReporter(console, config.Error, quiet || Flag(parse, "--quiet"), Flag(parse, "--verbose"));
    }

    private static bool Flag(ParseResult parse, string name) =>
        parse.CommandResult.Command.Options.FirstOrDefault(o => o.Name == name) is Option<bool> flag && parse.GetValue(flag);

    public void Progress(string message)
    {
        if (!quiet)
            output.MarkupLine($"[grey]{Markup.Escape(message)}[/]");
    }

    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        // Infos (a macro that is not a constant, a variable the model does not hold) only on --verbose.
        foreach (var diagnostic in diagnostics.Where(d => verbose || d.Severity != DiagnosticSeverity.Info))
            error.WriteLine(diagnostic.ToString());
    }

    public void Failed(string what) => error.WriteLine($"bindingforge: {what}");

    /// <summary>The table of what was bound, what was skipped and why, and what was bound with a condition for the caller.</summary>
    public void Summary(GenerationSummary summary, int files, string outputDirectory)
    {
        if (quiet)
            return;
        var table = new Table().Border(TableBorder.Rounded).AddColumn("bound").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, count) in summary.Counts())
            table.AddRow(kind, count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        output.Write(table);
        foreach (var skipped in summary.Skipped)
            output.MarkupLine($"[yellow]skipped[/] {Markup.Escape(skipped.ToString())}");
        foreach (var noted in summary.Notes)
            output.MarkupLine($"[blue]note[/] {Markup.Escape(noted.ToString())}");
        output.MarkupLine($"[green]wrote[/] {files} file(s) to {Markup.Escape(outputDirectory)}");
    }
}
