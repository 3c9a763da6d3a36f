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
/// for a pull-request comment. <c>--fail-on</c> makes CI fail (exit code 2) when a change of that kind or worse is
/// present; input errors exit with 1.
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
        var pairs = parse.GetValue(Git) is { } revision ? GitPairs(revision, paths, diagnostics) : FilePairs(paths, diagnostics);
        var diffs = pairs.Select(p => Compare(p, diagnostics)).OfType<ContractDiff>().ToList();
        console.Diagnostics(diagnostics.Items);
        if (diagnostics.HasErrors)
            return CliApp.ExitErrors;

        var markdown = MarkdownDiffWriter.Write(diffs);
        if (parse.GetValue(Output) is { } file)
            File.WriteAllText(file.FullName, markdown);
        else
            parse.InvocationConfiguration.Output.Write(markdown);
        return parse.GetValue(FailOn) is { } level && diffs.Any(d => d.Reaches(Threshold(level))) ? ExitChanges : 0;
    }

    private static ChangeKind Threshold(string level) => level switch
    {
        "breaking" => ChangeKind.Breaking,
        "behaviour" => ChangeKind.Behaviour,
        _ => ChangeKind.Additive,
    };

    private static List<(string Path, string? OldText, string OldLabel, string NewText, string NewLabel)> FilePairs(string[] paths, DiagnosticBag diagnostics)
    {
        if (paths.Length != 2)
        {
            diagnostics.Error("BF4101", "give two contract files (OLD NEW), or --git BASE [PATH]");
            return [];
        }

        var (oldText, newText) = (Read(paths[0], diagnostics), Read(paths[1], diagnostics));
        return oldText is null || newText is null ? [] : [(paths[1], oldText, paths[0], newText, paths[1])];
    }

    private static List<(string Path, string? OldText, string OldLabel, string NewText, string NewLabel)> GitPairs(string revision, string[] paths, DiagnosticBag diagnostics)
    {
        if (paths.Length > 1)
        {
            diagnostics.Error("BF4101", "with --git BASE give at most one contract path");
            return [];
        }

        var folder = paths.Length == 1 ? Path.GetDirectoryName(Path.GetFullPath(paths[0]))! : Directory.GetCurrentDirectory();
        var root = GitRevisionReader.RepositoryRoot(folder);
        if (root.Error is { } error)
        {
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, error);
            return [];
        }

        var files = paths.Length == 1 ? [Path.GetRelativePath(root.Output!, Path.GetFullPath(paths[0]))] : ChangedContracts(root.Output!, revision, diagnostics);
        var pairs = new List<(string Path, string? OldText, string OldLabel, string NewText, string NewLabel)>();
        foreach (var relative in files)
        {
            var full = Path.Combine(root.Output!, relative);
            var shown = GitRevisionReader.Show(root.Output!, revision, relative);
            if (shown.Error is { } showError)
                diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, showError, new SourceLocation(relative, 1, 1));
            else if (Read(full, diagnostics) is { } text)
                pairs.Add((Path.GetRelativePath(Directory.GetCurrentDirectory(), full), shown.Output, revision, text, "working tree"));
        }

        return pairs;
    }

    /// <summary>Changed YAML files that are contracts (they load and have a library section).</summary>
    private static IEnumerable<string> ChangedContracts(string root, string revision, DiagnosticBag diagnostics)
    {
        var (files, error) = GitRevisionReader.ChangedYaml(root, revision);
        if (error is not null)
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, error);
        return files.Where(f => File.Exists(Path.Combine(root, f)) && BindingSession.Load(Path.Combine(root, f)).Document?.Library is not null);
    }

    /// <summary>Compares one contract's two texts (the older is null when the file did not exist).</summary>
    private static ContractDiff? Compare((string Path, string? OldText, string OldLabel, string NewText, string NewLabel) pair, DiagnosticBag diagnostics)
    {
        var after = Side(pair.NewText, pair.Path, pair.NewLabel, diagnostics);
        if (after is null)
            return null;
        var before = pair.OldText is null
            ? after with { Document = after.Document with { Handles = [], Errors = [], Structs = [], Functions = [] }, Label = pair.OldLabel + " (absent)" }
            : Side(pair.OldText, pair.Path, pair.OldLabel, diagnostics);
        return before is null ? null : ContractDiffer.Compare(before, after, pair.Path);
    }

    /// <summary>Loads one version and reads its headers. Locations use the real path, so relative include dirs resolve.</summary>
    private static DiffSide? Side(string text, string path, string label, DiagnosticBag diagnostics)
    {
        var session = BindingSession.LoadText(text, path);
        if (session.Document is not { } document)
        {
            diagnostics.AddRange(session.LoadDiagnostics);
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, $"{label}: the contract does not load", new SourceLocation(path, 1, 1));
            return null;
        }

        session = session.ReadHeaders();
        if (session.ReadFailed)
        {
            diagnostics.AddRange(session.ReadDiagnostics.Where(d => d.IsError));
            diagnostics.Error(ContractDiagnosticIds.DiffInputUnreadable, $"{label}: the contract's headers do not parse", new SourceLocation(path, 1, 1));
            return null;
        }

        // The read had no error, so these are the load's and the binder's.
        var errors = session.Bind().Diagnostics.Count(d => d.IsError);
        if (errors > 0)
            diagnostics.Warning(ContractDiagnosticIds.DiffInputInvalid, $"{label}: the contract has {errors} error(s) (see `bindingforge check`); entries with errors are left out of the comparison", new SourceLocation(path, 1, 1));
        return new DiffSide(document, session.Header!, label);
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
