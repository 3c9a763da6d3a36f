namespace BindingForge.Model.Contracts;

/// <summary>Where an array's or string's element count comes from (<c>length:</c>).</summary>
public abstract record LengthFact(SourceLocation Location);
