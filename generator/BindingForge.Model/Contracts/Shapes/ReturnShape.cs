namespace BindingForge.Model.Contracts;

/// <summary>
/// How a function's return value is marshalled, chosen once by the binder from its facts
/// (<see cref="BoundReturn.Shape"/>). The set is closed: every shape is nested here, and the constructor is private,
/// so an emitter's switch over the shapes can list them all. Facts that would make two shapes apply are a binding
/// diagnostic (BF2119), not a precedence. Each shape carries what its marshalling needs.
/// </summary>
public abstract partial record ReturnShape
{
    private ReturnShape()
    {
    }
}
