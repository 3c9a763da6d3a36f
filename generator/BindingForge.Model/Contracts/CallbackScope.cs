namespace BindingForge.Model.Contracts;

/// <summary>How long native code may call a callback (<c>callback: { scope }</c>).</summary>
public enum CallbackScope
{
    /// <summary>Only during the call that receives it.</summary>
    Call,

    /// <summary>Until it has been invoked once.</summary>
    Async,

    /// <summary>Until the <c>destroy</c> function the library was given runs.</summary>
    Notified,

    /// <summary>Until the owning handle is released.</summary>
    Forever,

    /// <summary>Until the call's first handle sets the same parameter again, is reset (<c>resets</c>) or released; a
    /// duplicate of the handle shares it.</summary>
    Handle,

    /// <summary>Until the pool it was registered on (the call's first handle) is next cleared or released: a pool cleanup.</summary>
    Pool,
}
