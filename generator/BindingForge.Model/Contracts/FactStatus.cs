namespace BindingForge.Model.Contracts;

/// <summary>How far a contract fact has been checked by a person (<c>status:</c>).</summary>
public enum FactStatus
{
    /// <summary>The contract says nothing: a hand-written fact that nobody marked.</summary>
    Unstated,

    /// <summary>Proposed by inference (<c>bindingforge init</c>); <c>--strict</c> refuses it.</summary>
    Inferred,

    /// <summary>A reviewer checked it against the library's documentation or behaviour.</summary>
    Reviewed,

    /// <summary>Confirmed by running the library under <c>bindingforge probe</c> (written by <c>probe --record</c>).</summary>
    Verified,
}
