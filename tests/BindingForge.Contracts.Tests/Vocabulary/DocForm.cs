namespace BindingForge.Contracts.Tests.Vocabulary;

/// <summary>How a section of docs/contract-format.md documents a table's keys.</summary>
internal enum DocForm
{
    /// <summary>A Markdown table: the key in backquotes, its values, what it means.</summary>
    KeyTable,

    /// <summary>A YAML example whose keys at one indentation are the table's.</summary>
    Example,

    /// <summary>The keys named in the section's text (the small mappings inside a fact).</summary>
    Named,
}
