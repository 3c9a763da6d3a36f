namespace BindingForge.Model.Contracts;

public abstract partial record ParamShape
{
    /// <summary>A callback's <c>user_data</c> or <c>destroy</c> parameter: hidden, its argument set by the <paramref name="CallbackParameter"/> parameter's marshalling.</summary>
    public sealed record CallbackData(int CallbackParameter) : ParamShape;
}
