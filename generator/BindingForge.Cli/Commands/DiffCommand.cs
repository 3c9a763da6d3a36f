using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Diff;

namespace BindingForge.Cli.Commands;

/// <summary>
/// <c>bindingforge diff OLD NEW</c> or <c>bindingforge diff --git BASE [PATH]</c>: a semantic diff of two versions of a
/// contract and of the safe API they imply, classified breaking, behaviour, additive (and review-only), as Markdown
/// for a pull-request comment, with the changes of the bound C surface beside the contract's. <c>--fail-on</c> makes CI
/// fail (exit code 2) when a change of that kind or worse is present; input errors, and a version of the contract that
/// does not check, exit with 1 (the report is still written, its errors first).
/// </summary>
internal sealed class DiffCommand
{
    /// <summary>Exit code when a change reaches the <c>--fail-on</c> level.</summary>
    public const int ExitChanges = 2;

    private readonly Argument<string[]> Paths = new("contracts") { Description = "OLD and NEW contract files; with --git, the contract to compare (default: every changed contract).", Arity = new ArgumentArity(0, 2) };
    private readonly Option<string?> Git = new("--git") { Description = "Compare the contract at this git revision (BASE) with the working tree." };
    private readonly Option<string?> FailOn = new("--fail-on") { Description = "Exit with 2 when a change of this kind or worse is present: breaking, behaviour or any." };
    private readonly Option<FileInfo?> Output = new("--output", "-o") { Description = "Write the Markdown report to this file instead of standard output." };

    private DiffCommand()
    {
    }

    /// <summary>A new <c>diff</c> command; each call has its own options, so command trees never share them.</summary>
    public static Command Create() => new DiffCommand().Build();

    private Command Build()
    {
        FailOn.AcceptOnlyFromAmong("breaking", "behaviour", "any");
        var command = new Command("diff", "Semantic diff of two contract versions and of the safe API they imply, as Markdown.");
        command.Arguments.Add(Paths);
        command.Options.Add(Git);
        command.Options.Add(FailOn);
        command.Options.Add(Output);
        command.SetAction((parse, _) => Task.FromResult(Run(parse)));
        return command;
    }

    private int Run(ParseResult parse)
    {
        var console = ConsoleReporter.For(parse, quiet: true);
        var diagnostics = new DiagnosticBag();
        var paths = parse.GetValue(Paths) ?? [];
        var diffs = (parse.GetValue(Git) is { } revision ? GitDiffs(revision, paths, diagnostics) : FileDiffs(paths, diagnostics)).OfType<ContractDiff>().ToList();

        // Errors first: a side that does not check makes the comparison incomplete, whatever the report says.
        console.Diagnostics(diagnostics.Items.OrderBy(d => d.IsError ? 0 : 1));
        if (diffs.Count == 0 && diagnostics.HasErrors)
            return CliApp.ExitErrors;

        var markdown = MarkdownDiffWriter.Write(diffs);
        if (parse.GetValue(Output) is { } file)
            File.WriteAllText(file.FullName, markdown);
        else
            parse.InvocationConfiguration.Output.Write(markdown);
        if (diagnostics.HasErrors || diffs.Any(d => d.Count(ChangeKind.Error) > 0))
            return CliApp.ExitErrors;
        return parse.GetValue(FailOn) is { } level && diffs.Any(d => d.Reaches(Threshold(level))) ? ExitChanges : 0;
    }

    private static ChangeKind Threshold(string level) => level switch
    {
        "breaking" => ChangeKind.Breaking,
        "behaviour" => ChangeKind.Behaviour,
        _ => ChangeKind.Additive,
    };

    /// <summary>OLD NEW: each version is loaded at its own path, so each reads the headers its include dirs name.</summary>
    private static IEnumerable<ContractDiff?> FileDiffs(string[] paths, DiagnosticBag diagnostics)
    {
        if (paths.Length != 2)
        {
            diagnostics.Error("BF4101", "give two contract files (OLD NEW), or --git BASE [PATH]");
            yield break;
        }

        var (oldText, newText) = (Read(paths[0], diagnostics), Read(paths[1], diagnostics));
        if (oldText is null || newText is null)
            yield break;
        var before = DiffSideReader.Read(oldText, paths[0], paths[0], $"`{paths[0]}`'s include dirs", diagnostics).Side;
        var after = DiffSideReader.Read(newText, paths[1], paths[1], $"`{paths[1]}`'s include dirs", diagnostics).Side;
        yield return before is null || after is null ? null : ContractDiffer.Compare(before, after, paths[1]);
    }

    private static IEnumerable<ContractDiff?> GitDiffs(string revision, string[] paths, DiagnosticBag diagnostics)
    {
        if (paths.Length > 1)
        {
            diagnostics.Error("BF4101", "with --git BASE give at most one contract path");
            yield break;
        }

        var folder = paths.Length == 1 ? Path.GetDirectoryName(Path.GetFullPath(paths[0]))! : Directory.GetCurrentDirectory();
        var root = GitRevisionReader.RepositoryRoot(folder);
        if (root.Error is { } error)
        {
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, error);
            yield break;
        }

        var files = paths.Length == 1 ? [Path.GetRelativePath(root.Output!, Path.GetFullPath(paths[0]))] : Changed(root.Output!, revision, diagnostics);
        foreach (var relative in files)
            yield return GitDiff(root.Output!, revision, relative, diagnostics);
    }

    /// <summary>One contract: the older side as it was at REV (its contract, vendored headers or API record), the newer the working tree.</summary>
    private static ContractDiff? GitDiff(string root, string revision, string relative, DiagnosticBag diagnostics)
    {
        var full = Path.Combine(root, relative);
        var shown = GitRevisionReader.Show(root, revision, relative);
        if (shown.Error is { } showError)
        {
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, showError, new SourceLocation(relative, 1, 1));
            return null;
        }

        if (Read(full, diagnostics) is not { } text)
            return null;
        var path = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        var after = DiffSideReader.Read(text, path, "working tree", "the working tree", diagnostics).Side;
        if (after is null)
            return null;
        var before = shown.Output is null
            ? after with { Document = after.Document with { Handles = [], Errors = [], Structs = [], Functions = [] }, Label = revision + " (absent)", Surface = null, SurfaceSource = "absent" }
            : RevisionSide.Read(root, revision, relative, shown.Output, diagnostics);
        return before is null ? null : ContractDiffer.Compare(before, after, path);
    }

    private static IReadOnlyList<string> Changed(string root, string revision, DiagnosticBag diagnostics)
    {
        var (files, error) = ChangedContracts.Find(root, revision);
        if (error is not null)
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, error);
        return files;
    }

    private static string? Read(string path, DiagnosticBag diagnostics)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, $"cannot read {path}: {e.Message}", new SourceLocation(path, 1, 1));
            return null;
        }
    }
}
