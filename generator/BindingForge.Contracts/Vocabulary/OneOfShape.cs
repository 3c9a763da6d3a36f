namespace BindingForge.Contracts.Vocabulary;

/// <summary>Any one of several shapes, tried in order: <c>owned: true</c> or <c>owned: { free: fn }</c>.</summary>
public sealed record OneOfShape(params ValueShape[] Choices) : ValueShape;
