namespace BindingForge.Model.Contracts;

/// <summary>Which way an array parameter's elements flow (<c>array:</c>).</summary>
public enum ArrayDirection
{
    /// <summary>Read by the callee: <c>ReadOnlySpan&lt;T&gt;</c>.</summary>
    In,

    /// <summary>Written by the callee: <c>Span&lt;T&gt;</c>.</summary>
    Out,

    /// <summary>Read and written: <c>Span&lt;T&gt;</c>.</summary>
    InOut,
}
