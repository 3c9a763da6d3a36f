namespace BindingForge.Generator.Mapping;

/// <summary>Where a type appears: C adjusts arrays and functions differently in each place.</summary>
internal enum TypePosition
{
    /// <summary>A function parameter: arrays and functions decay to pointers.</summary>
    Parameter,
    /// <summary>A function result.</summary>
    Return,
    /// <summary>A struct or union field: fixed arrays are stored inline.</summary>
    Field,
    /// <summary>What a pointer points to: an incomplete record is fine here.</summary>
    Pointee,
}
