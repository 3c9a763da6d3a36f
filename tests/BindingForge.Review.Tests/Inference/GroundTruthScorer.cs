using BindingForge.Clang;
using BindingForge.Contracts;
using BindingForge.Contracts.Binding;
using BindingForge.Model.Contracts;
using BindingForge.Model.Header;
using BindingForge.Review.Inference;

namespace BindingForge.Review.Tests.Inference;

/// <summary>
/// Drafts a contract for a ground truth's headers with <see cref="ContractInferrer"/>, binds the draft the way
/// <c>check</c> does, and scores what the bound draft says against the truth: handle/release pairs, and the
/// ownership of pointer returns.
/// </summary>
internal sealed class GroundTruthScorer
{
    private GroundTruthScorer(GroundTruth truth, HeaderModel header, InferenceResult draft, BoundContract contract, IReadOnlyList<Model.Diagnostics.Diagnostic> bindDiagnostics)
    {
        Truth = truth;
        Header = header;
        Draft = draft;
        Contract = contract;
        BindDiagnostics = bindDiagnostics;
    }

    public GroundTruth Truth { get; }

    public HeaderModel Header { get; }

    public InferenceResult Draft { get; }

    public BoundContract Contract { get; }

    public IReadOnlyList<Model.Diagnostics.Diagnostic> BindDiagnostics { get; }

    public static GroundTruthScorer Run(string truthFile)
    {
        var truth = GroundTruth.Load(truthFile);
        var read = new HeaderReader().Read(new HeaderReadRequest(truth.Headers, truth.IncludeDirs, []));
        Assert.False(read.HasErrors, string.Join("\n", read.Diagnostics.Where(d => d.IsError)));
        var request = new InferenceRequest(read.Model, truth.Library, truth.Headers, truth.IncludeDirs, [])
        {
            ManualFolders = DraftSettings.SystemManualFolders(_ => null),
        };
        var draft = ContractInferrer.Infer(request, truth.Library + ".draft.yaml");
        var load = ContractLoader.LoadText(draft.Yaml, truth.Library + ".draft.yaml");
        Assert.True(load.Document is not null && !load.HasErrors, string.Join("\n", load.Diagnostics));
        var bound = ContractBinder.Bind(load.Document!, read.Model);
        return new GroundTruthScorer(truth, read.Model, draft, bound.Contract, bound.Diagnostics);
    }

    /// <summary>
    /// Handle/release pairs: a drafted handle with a release is right when the truth accepts that release for that
    /// type. A type whose truth lists none (its release cannot be named in a contract) expects no release: one drafted
    /// is wrong.
    /// </summary>
    public Score Handles()
    {
        var expected = Truth.Handles.ToDictionary(h => Identity(h.Key), h => h.Value);
        var drafted = Contract.Handles.Where(h => h.Release is not null).ToList();
        var correct = drafted.Count(h => expected.TryGetValue(Identity(h.CTypeName), out var accepted) && accepted.Contains(h.Release!.Name));
        return new Score(correct, drafted.Count, expected.Count(h => !h.Value.IsEmpty));
    }

    /// <summary>The handles drafted with a release the truth does not accept, for reports.</summary>
    public IEnumerable<string> HandleMistakes()
    {
        var expected = Truth.Handles.ToDictionary(h => Identity(h.Key), h => h.Value);
        foreach (var handle in Contract.Handles.Where(h => h.Release is not null))
        {
            var known = expected.TryGetValue(Identity(handle.CTypeName), out var accepted);
            if (!known || !accepted.Contains(handle.Release!.Name))
                yield return $"handle {handle.CTypeName}: drafted release {handle.Release!.Name}, truth {(!known ? "not a handle" : accepted.IsEmpty ? "none a contract can name" : string.Join(" or ", accepted))}";
        }

        foreach (var (type, accepted) in Truth.Handles.Where(h => !h.Value.IsEmpty))
        {
            if (!Drafted(Identity(type)))
                yield return $"handle {type}: no release drafted, truth {string.Join(" or ", accepted)}";
        }

        bool Drafted(string identity) => Contract.Handles.Any(h => h.Release is not null && Identity(h.CTypeName) == identity);
    }

    /// <summary>Owned/borrowed returns: every scored function of the truth against what the bound draft states.</summary>
    public Score Returns()
    {
        var scored = Truth.Returns.Where(r => r.Value is "owned" or "borrowed").ToList();
        var proposed = 0;
        var correct = 0;
        foreach (var (function, expected) in scored)
        {
            if (Label(function) is not { } label)
                continue;
            proposed++;
            if (label == expected)
                correct++;
        }

        proposed += Contract.Functions.Count(f => !Truth.Returns.ContainsKey(f.CName) && Label(f.CName) is not null);
        proposed += Truth.Returns.Count(r => r.Value == "open" && Label(r.Key) is not null);
        return new Score(correct, proposed, scored.Count);
    }

    /// <summary>What the bound draft says about a function's return: owned, borrowed, or nothing.</summary>
    public string? Label(string function) => Contract.FindFunction(function)?.Return switch
    {
        { Owned: not null } => "owned",
        { Borrowed: not null } => "borrowed",
        _ => null,
    };

    /// <summary>The functions whose draft label differs from the truth, for failure messages and reports.</summary>
    public IEnumerable<string> Mistakes() =>
        Truth.Returns.Where(r => r.Value is "owned" or "borrowed" or "open" && Label(r.Key) is { } label && label != r.Value)
            .Select(r => $"{r.Key}: drafted {Label(r.Key)}, truth {(r.Value == "open" ? "an open question" : r.Value)}");

    /// <summary>The <c>open</c> returns the draft left unstated (as it should), and how many the truth has.</summary>
    public (int Left, int Of) Open()
    {
        var open = Truth.Returns.Where(r => r.Value == "open").ToList();
        return (open.Count(r => Label(r.Key) is null), open.Count);
    }

    /// <summary>The scored functions the draft says nothing about.</summary>
    public IEnumerable<string> Misses() =>
        Truth.Returns.Where(r => r.Value is "owned" or "borrowed" && Label(r.Key) is null).Select(r => $"{r.Key}: nothing drafted, truth {r.Value}");

    /// <summary>The record a handle key names (or the pointer typedef's own name), so that every spelling of a type is one type.</summary>
    public string Identity(string key)
    {
        var shape = new TypeShape(Header);
        if (Header.FindTypedef(key) is null)
            return key;
        return shape.Resolve(new TypedefRef(key) { Spelling = key }) switch
        {
            PointerType pointer => shape.Resolve(pointer.Pointee) is RecordRef record ? record.Name : key,
            RecordRef record => record.Name,
            _ => key,
        };
    }
}
