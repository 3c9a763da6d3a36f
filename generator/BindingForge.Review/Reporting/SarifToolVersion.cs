using System.Reflection;

namespace BindingForge.Review.Reporting;

/// <summary>The CLI's version, as the SARIF (and JSON) reports state it.</summary>
internal static class SarifToolVersion
{
    public static string Text { get; } =
        typeof(SarifToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(SarifToolVersion).Assembly.GetName().Version?.ToString() ?? "0.0.0";
}
