namespace BindingForge.Review.Inference.Resolution;

/// <summary>How sure inference is of a fact it drafts.</summary>
public enum Confidence
{
    /// <summary>Evidence disagreed; the stronger evidence won and the draft says what the weaker said.</summary>
    Low,

    /// <summary>Only names or the shape of the signature support it.</summary>
    Medium,

    /// <summary>An attribute, <c>const</c> or the comment supports it, or several independent rules agree, and nothing contradicts it.</summary>
    High,
}
