namespace BindingForge.Verification;

/// <summary>The diagnostic ids of the structural check; each has a page under <c>docs/diagnostics/</c>.</summary>
public static class VerificationDiagnosticIds
{
    /// <summary>A generated file does not parse cleanly, holds a character or trivia the generator never writes, or
    /// declares other types or members than the generator planned; nothing was written.</summary>
    public const string OutputStructureMismatch = "BF4004";
}
