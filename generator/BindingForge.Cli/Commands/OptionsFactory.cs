using System.Collections.Immutable;
using System.CommandLine;
using BindingForge.Cli.Reporting;
using BindingForge.Generator;
using BindingForge.Generator.Session;
using BindingForge.Model;
using BindingForge.Model.Diagnostics;

namespace BindingForge.Cli.Commands;

/// <summary>
/// Builds the one <see cref="GeneratorOptions"/> of a run: the contract's <c>library:</c> section first, then every
/// flag given on the command line on top of it.
/// </summary>
internal static class OptionsFactory
{
    /// <summary>The run's options and its session (the contract loaded once), or null options when they have errors.</summary>
    public static (GeneratorOptions? Options, BindingSession Session) Create(ParseResult parse, GenerateFlags flags, ConsoleReporter console)
    {
        var diagnostics = new DiagnosticBag();
        var options = new GeneratorOptions();
        var session = BindingSession.WithoutContract;
        if (parse.GetValue(flags.Contract) is { } contract)
        {
            session = BindingSession.Load(contract.FullName);
            diagnostics.AddRange(session.LoadDiagnostics);
            options = ContractOptions.Apply(session, options);
        }

        options = ApplyFlags(parse, flags, options);
        Validate(options, diagnostics);
        console.Diagnostics(diagnostics.Items);
        return (diagnostics.HasErrors ? null : options, session);
    }

    private static GeneratorOptions ApplyFlags(ParseResult parse, GenerateFlags flags, GeneratorOptions options)
    {
        ImmutableArray<string> Many(Option<string[]> option, ImmutableArray<string> fallback) =>
            parse.GetValue(option) is { Length: > 0 } values ? [.. values] : fallback;

        var library = parse.GetValue(flags.Library) ?? options.Library;
        var className = parse.GetValue(flags.Class) ?? (options.ClassName == new GeneratorOptions().ClassName ? ContractOptions.ClassNameFor(library) : options.ClassName);
        return options with
        {
            Headers = Many(flags.Headers, options.Headers),
            Library = library,
            Namespace = parse.GetValue(flags.Namespace) ?? options.Namespace,
            ClassName = className,
            IncludeDirs = Many(flags.IncludeDirs, options.IncludeDirs),
            Defines = Many(flags.Defines, options.Defines),
            ClangArgs = Many(flags.ClangArgs, options.ClangArgs),
            CCompiler = parse.GetValue(flags.CCompiler) ?? options.CCompiler,
            CCompilerArgs = Many(flags.CCompilerArgs, options.CCompilerArgs),
            Include = Many(flags.Include, options.Include),
            Exclude = Many(flags.Exclude, options.Exclude),
            Style = parse.GetValue(flags.Style) ?? options.Style,
            ThreadingChecks = parse.GetValue(flags.ThreadingChecks) ?? options.ThreadingChecks,
            OutputDirectory = Path.GetFullPath(parse.GetValue(flags.Out) ?? options.OutputDirectory),
        };
    }

    private static void Validate(GeneratorOptions options, DiagnosticBag diagnostics)
    {
        if (options.Headers.IsEmpty)
            diagnostics.Error("BF4101", "no header to bind: pass --header or a contract whose library: section names headers");
        if (options.Library.Length == 0)
            diagnostics.Error("BF4101", "no native library name: pass --library or a contract with library: name");
        if (options.ClassName.Length > 0 && !CSharpIdentifiers.IsIdentifier(options.ClassName))
            diagnostics.Error("BF4102", $"'{options.ClassName}' is not a C# identifier: pass --class");
        if (!CSharpIdentifiers.IsNamespace(options.Namespace))
            diagnostics.Error("BF4102", $"'{options.Namespace}' is not a C# namespace: pass --namespace");
        if (options.Library.Length > 0 && !FileNames.IsLibraryName(options.Library))
            diagnostics.Error("BF4103", $"{CSharpLiterals.String(options.Library)} is not a library name: use letters, digits and . _ + - (or a path of such names) with --library");
        foreach (var header in options.Headers.Where(h => !FileNames.IsHeaderPath(h)))
            diagnostics.Error("BF4103", $"the header {CSharpLiterals.String(header)} holds a quote, backslash or control character: pass a plain path with --header");
    }
}
