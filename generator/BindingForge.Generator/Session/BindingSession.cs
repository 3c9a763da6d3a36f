using System.Collections.Immutable;
using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Contracts.Syntax;
using BindingForge.Model;
using BindingForge.Model.Contracts;
using BindingForge.Model.Diagnostics;
using BindingForge.Model.Header;

namespace BindingForge.Generator.Session;

/// <summary>
/// One contract on its way from text to bound facts: load (capture the YAML), resolve its <c>library:</c> section into
/// what to read, read the headers with libclang, bind. Every command goes through it (generate, check, init, diff), and
/// so can a build task: it has no console and no command line. Each step returns a new session with that step's
/// result and diagnostics added, so a caller stops where its command stops and reports the steps in its own order;
/// a step whose input is missing or failed does nothing. Never throws for a user's mistake.
/// <code>
/// var session = BindingSession.Load("contracts/zlib.yaml").ReadHeaders().Bind();
/// foreach (var d in session.Diagnostics) ...; use session.Document, .Header, .Contract
/// </code>
/// </summary>
public sealed record BindingSession
{
    private BindingSession()
    {
    }

    /// <summary>A session with no contract: headers can still be read (init from flags, thin generation).</summary>
    public static BindingSession WithoutContract { get; } = new();

    /// <summary>The contract's path as given (every location uses it); null without a contract.</summary>
    public string? ContractPath { get; private init; }

    /// <summary>The captured contract; null without one, or when the text is not a YAML mapping at all.</summary>
    public ContractDocument? Document { get; private init; }

    /// <summary>The contract's <c>library:</c> section as plain values; null without a document.</summary>
    public LibraryOptions? Library { get; private init; }

    /// <summary>The header model once read (or given); <see cref="HeaderModel.Empty"/> when the read failed.</summary>
    public HeaderModel? Header { get; private init; }

    /// <summary>
    /// Every file the header read opened (the named headers, what they include, system headers), as full paths: what
    /// a build task writes to its dependency file. Empty until read, and when the read failed or the header was given.
    /// </summary>
    public ImmutableArray<string> IncludedFiles { get; private init; } = [];

    /// <summary>The bound contract once bound; entries with errors are left out of it (see <see cref="BindFailed"/>).</summary>
    public BoundContract? Contract { get; private init; }

    /// <summary>Diagnostics of loading the contract (BF20xx), in order.</summary>
    public ImmutableArray<Diagnostic> LoadDiagnostics { get; private init; } = [];

    /// <summary>Diagnostics of reading the headers (BF1xxx), in order.</summary>
    public ImmutableArray<Diagnostic> ReadDiagnostics { get; private init; } = [];

    /// <summary>Diagnostics of binding (BF21xx and on), in order.</summary>
    public ImmutableArray<Diagnostic> BindDiagnostics { get; private init; } = [];

    /// <summary>Every diagnostic so far: loading, then reading, then binding.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. LoadDiagnostics, .. ReadDiagnostics, .. BindDiagnostics];

    /// <summary>True when any step reported an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>True when there is no usable document: none was loaded, or loading reported an error.</summary>
    public bool LoadFailed => Document is null || LoadDiagnostics.Any(d => d.IsError);

    /// <summary>True when the headers were read and reported an error (the model is then empty).</summary>
    public bool ReadFailed => ReadDiagnostics.Any(d => d.IsError);

    /// <summary>True when binding reported an error: code must not be generated from <see cref="Contract"/>.</summary>
    public bool BindFailed => BindDiagnostics.Any(d => d.IsError);

    /// <summary>Loads the contract file at <paramref name="path"/>.</summary>
    public static BindingSession Load(string path) => From(ContractLoader.Load(path), path);

    /// <summary>Loads a contract from its text; <paramref name="path"/> names it in locations and anchors its relative include dirs.</summary>
    public static BindingSession LoadText(string text, string path) => From(ContractLoader.LoadText(text, path), path);

    /// <summary>A session over a document already in hand (a variant of a loaded one), with nothing loaded.</summary>
    public static BindingSession Of(ContractDocument document) =>
        new() { ContractPath = document.Path, Document = document, Library = LibraryOptions.FromDocument(document) };

    /// <summary>
    /// <c>check</c>'s whole way: load, read the headers the library section names (none named: nothing is read), bind.
    /// </summary>
    public static BindingSession Open(string path)
    {
        var loaded = Load(path);
        return loaded.Document is null || loaded.Library!.Headers.IsEmpty ? loaded : loaded.ReadHeaders().Bind();
    }

    /// <summary>What the headers step reads: each of <paramref name="flags"/> that is given wins over the library section.</summary>
    public HeaderReadRequest HeaderRequest(HeaderFlags? flags = null) => (flags ?? HeaderFlags.None).Over(Library);

    /// <summary>Reads the headers of <see cref="HeaderRequest"/>.</summary>
    public BindingSession ReadHeaders(HeaderFlags? flags = null) => Read(HeaderRequest(flags));

    /// <summary>Reads exactly <paramref name="request"/> (a generation run's options say what to read).</summary>
    public BindingSession Read(HeaderReadRequest request)
    {
        var read = new HeaderReader().Read(request with { NamedAt = HeaderEntries(), Signatures = Signatures() });
        return this with { Header = read.Model, ReadDiagnostics = [.. read.Diagnostics], IncludedFiles = read.IncludedFiles };
    }

    /// <summary>Where the contract names each of its headers, so a header that is not found is reported at its line.</summary>
    private ImmutableDictionary<string, SourceLocation> HeaderEntries()
    {
        var entries = ImmutableDictionary.CreateBuilder<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var header in Document?.Library?.Headers ?? [])
            entries.TryAdd(header.Value, header.Location);
        return entries.ToImmutable();
    }

    /// <summary>The prototypes the contract gives functions declared without one (<c>signature:</c>).</summary>
    private ImmutableArray<SignatureOverride> Signatures() =>
    [
        .. (Document?.Functions ?? []).Where(f => f.Signature is not null).Select(f => new SignatureOverride(f.CName.Value, f.Signature!.Value, f.Signature.Location)),
        .. (Document?.Functions ?? []).SelectMany(f => f.Forms.Select((form, i) =>
            new SignatureOverride(f.CName.Value, form.Signature.Value, form.Signature.Location) { Form = i })),
    ];

    /// <summary>Uses a header model already in hand instead of reading (tests, init's draft check).</summary>
    public BindingSession WithHeader(HeaderModel header) => this with { Header = header, ReadDiagnostics = [], IncludedFiles = [] };

    /// <summary>Binds the document against the header; does nothing without a document, or when the headers failed.</summary>
    public BindingSession Bind()
    {
        if (Document is null || Header is null || ReadFailed)
            return this;
        var bound = ContractBinder.Bind(Document, Header);
        return this with { Contract = bound.Contract, BindDiagnostics = [.. bound.Diagnostics] };
    }

    private static BindingSession From(ContractLoadResult load, string path) => new()
    {
        ContractPath = path,
        Document = load.Document,
        Library = load.Document is { } document ? LibraryOptions.FromDocument(document) : null,
        LoadDiagnostics = [.. load.Diagnostics],
    };
}
