namespace BindingForge.Review.Tests.Inference;

/// <summary>Precision and recall of one kind of fact: how many proposed facts are right, how many expected ones were found.</summary>
internal sealed record Score(int Correct, int Proposed, int Expected)
{
    public double Precision => Proposed == 0 ? 1 : (double)Correct / Proposed;

    public double Recall => Expected == 0 ? 1 : (double)Correct / Expected;

    /// <summary>Two counts of facts together (per library, or over several).</summary>
    public static Score operator +(Score a, Score b) => new(a.Correct + b.Correct, a.Proposed + b.Proposed, a.Expected + b.Expected);

    public override string ToString() =>
        $"precision {Precision:P0} ({Correct}/{Proposed}), recall {Recall:P0} ({Correct}/{Expected})";
}
