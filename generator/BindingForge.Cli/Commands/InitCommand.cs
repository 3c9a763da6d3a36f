using System.Collections.Immutable;
using System.CommandLine;
using BindingForge.Clang;
using BindingForge.Cli.Reporting;
using BindingForge.Contracts;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;
using BindingForge.Review.Inference;

namespace BindingForge.Cli.Commands;

/// <summary>
/// <c>bindingforge init [CONTRACT] --header H [--library NAME] [-I DIR] [-D DEF] [--include GLOB] [--exclude GLOB]
/// --out draft.yaml</c>: parses the headers and drafts a contract by inference, every fact <c>status: inferred</c>
/// with its evidence as <c>source</c>. An existing contract may supply the library section instead of the flags.
/// The draft always passes <c>bindingforge check</c>; <c>check --strict</c> fails until it has been reviewed.
/// </summary>
internal sealed class InitCommand
{
    private readonly Argument<FileInfo?> Contract = new("contract")
    {
        Description = "A contract whose library: section says what to read (headers, include dirs, defines, select).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private readonly Option<string[]> Headers = Many("--header", "A header to read (repeatable).");
    private readonly Option<string?> Library = new("--library") { Description = "Native library name (sqlite3, z); default: the first header's name." };
    private readonly Option<string[]> IncludeDirs = Many("-I", "An include directory for the parse (repeatable).");
    private readonly Option<string[]> Defines = Many("-D", "A preprocessor definition NAME or NAME=VALUE (repeatable).");
    private readonly Option<string[]> ClangArgs = Many("--clang-arg", "A further clang argument for the parse, such as -std=c17 or -fms-extensions (repeatable; written to the draft's clang_args).");
    private readonly Option<string[]> Include = Many("--include", "Glob over C symbol names to draft (repeatable).");
    private readonly Option<string[]> Exclude = Many("--exclude", "Glob over C symbol names to leave out (repeatable).");
    private readonly Option<string?> Namespace = new("--namespace") { Description = "C# namespace for the draft's library section." };
    private readonly Option<string?> Class = new("--class") { Description = "C# class for free functions." };
    private readonly Option<FileInfo?> Out = new("--out", "-o") { Description = "Where to write the draft; standard output when omitted." };
    private readonly Option<string[]> Sources = Many("--sources", "A folder (searched recursively) or file of the library's C sources whose gtk-doc comments carry GObject-Introspection annotations (repeatable).");
    private readonly Option<FileInfo?> Gir = new("--gir") { Description = "The library's introspection file (.gir); default: found by GI's search rules (GI_GIR_PATH, XDG_DATA_DIRS/gir-1.0, /usr/share/gir-1.0)." };
    private readonly Option<bool> NoGir = new("--no-gir") { Description = "Read no introspection file." };
    private readonly Option<bool> Force = new("--force") { Description = "Overwrite the output file if it exists." };
    private readonly Option<bool> NoManPages = new("--no-man-pages") { Description = "Do not read the functions' section-3 manual pages (read and cited by default where installed)." };

    private InitCommand()
    {
    }

    /// <summary>A new <c>init</c> command; each call has its own options, so command trees never share them.</summary>
    public static Command Create() => new InitCommand().Build();

    private Command Build()
    {
        var command = new Command("init", "Draft a contract from C headers by inference; every fact is marked `status: inferred`.");
        command.Arguments.Add(Contract);
        foreach (var option in new Option[] { Headers, Library, IncludeDirs, Defines, ClangArgs, Include, Exclude, Namespace, Class, Sources, Gir, NoGir, Out, Force, NoManPages })
            command.Options.Add(option);
        command.Options.Add(new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics." });
        command.SetAction((parse, _) => Task.FromResult(Run(parse)));
        return command;
    }

    private int Run(ParseResult parse)
    {
        var console = ConsoleReporter.For(parse, quiet: parse.GetValue(Out) is null);
        var diagnostics = new DiagnosticBag();
        var settings = Settings(parse, diagnostics);
        var output = parse.GetValue(Out);
        if (settings is not null && output is { Exists: true } && !parse.GetValue(Force))
        {
            diagnostics.Error(ContractDiagnosticIds.DraftExists, $"{output} exists; pass --force to replace it (a reviewed contract would be lost)", new SourceLocation(output.ToString(), 1, 1));
            settings = null;
        }

        if (settings is null)
        {
            console.Diagnostics(diagnostics.Items);
            return CliApp.ExitErrors;
        }

        return Draft(parse, console, settings, output);
    }

    /// <summary>The flags, falling back to an existing contract's library section.</summary>
    private DraftSettings? Settings(ParseResult parse, DiagnosticBag diagnostics)
    {
        var session = BindingSession.WithoutContract;
        if (parse.GetValue(Contract) is { } file)
        {
            session = BindingSession.Load(file.ToString());
            diagnostics.AddRange(session.LoadDiagnostics);
            if (session.LoadFailed)
                return null;
        }

        var contract = session.Library;
        var read = session.HeaderRequest(new HeaderFlags(Flags(parse, Headers), Flags(parse, IncludeDirs), Flags(parse, Defines)) { ClangArgs = Flags(parse, ClangArgs) });
        if (read.Headers.IsEmpty)
        {
            diagnostics.Error("BF4101", "no header to read: pass --header, or a contract whose library: section names its headers");
            return null;
        }

        var library = parse.GetValue(Library) ?? (string.IsNullOrEmpty(contract?.Library) ? Path.GetFileNameWithoutExtension(read.Headers[0]) : contract.Library);
        var origin = contract is not null
            ? $"Library section from {parse.GetValue(Contract)}."
            : "Command: bindingforge init " + string.Join(' ', read.Headers.Select(h => "--header " + h));
        return new DraftSettings(library, read.Headers, read.IncludeDirs, read.Defines,
            Pick(parse.GetValue(Include), contract?.Include), Pick(parse.GetValue(Exclude), contract?.Exclude),
            parse.GetValue(Namespace) ?? contract?.Namespace, parse.GetValue(Class) ?? contract?.ClassName, origin)
        {
            ClangArgs = read.ExtraArgs,
            Sources = Flags(parse, Sources),
            Gir = parse.GetValue(NoGir) ? null : parse.GetValue(Gir)?.ToString(),
            FindGir = !parse.GetValue(NoGir),
            ManualFolders = parse.GetValue(NoManPages) ? [] : DraftSettings.SystemManualFolders(Environment.GetEnvironmentVariable),
        };
    }

    private static ImmutableArray<string> Flags(ParseResult parse, Option<string[]> option) => [.. parse.GetValue(option) ?? []];

    private static ImmutableArray<string> Pick(string[]? flags, ImmutableArray<string>? fromContract) =>
        flags is { Length: > 0 } ? [.. flags] : fromContract ?? [];

    private static int Draft(ParseResult parse, ConsoleReporter console, DraftSettings settings, FileInfo? output)
    {
        var read = BindingSession.WithoutContract.Read(new HeaderReadRequest(settings.Headers, settings.ParseIncludeDirs, settings.Defines) { ExtraArgs = settings.ClangArgs });
        console.Diagnostics(read.ReadDiagnostics);
        if (read.ReadFailed)
        {
            console.Failed("the headers did not parse; no draft was written");
            return CliApp.ExitErrors;
        }

        var draftFolder = output?.DirectoryName ?? Directory.GetCurrentDirectory();
        var request = settings.ToRequest(read.Header!, draftFolder);
        var result = ContractInferrer.Infer(request, output?.ToString() ?? "draft.yaml");
        console.Diagnostics(result.Diagnostics);
        if (result.Diagnostics.Any(d => d.Id == ContractDiagnosticIds.TooLarge))
        {
            console.Failed("the draft is over the contract limits; no draft was written");
            return CliApp.ExitErrors;
        }

        if (output is null)
        {
            parse.InvocationConfiguration.Output.Write(result.Yaml);
        }
        else
        {
            Directory.CreateDirectory(draftFolder);
            File.WriteAllText(output.FullName, result.Yaml);
        }

        var s = result.Summary;
        console.Progress($"drafted {output?.ToString() ?? "the contract"}: {s.Handles} handle(s) ({s.HandlesWithRelease} with a release function), "
            + $"facts for {s.DraftedFunctions} of {s.Functions} function(s) ({s.PointerFunctions} pointer-bearing), {s.OpenQuestions} open question(s)");
        console.Progress("every fact is `status: inferred`: review them (docs/reviewing-contracts.md); `bindingforge check --strict` fails until you have");
        return result.Diagnostics.Any(d => d.IsError) ? CliApp.ExitErrors : 0;
    }

    private static Option<string[]> Many(string name, string description) => new(name)
    {
        Description = description,
        AllowMultipleArgumentsPerToken = false,
        DefaultValueFactory = _ => [],
    };
}
