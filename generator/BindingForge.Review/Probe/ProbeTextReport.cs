namespace BindingForge.Review.Probe;

/// <summary><c>probe</c>'s text report: one line per fact with its outcome, then the evidence indented, then the totals.</summary>
public static class ProbeTextReport
{
    public static IEnumerable<string> Lines(string contract, ProbeResult result)
    {
        foreach (var verdict in result.Verdicts.OrderBy(v => v.Outcome switch { ProbeOutcome.Refuted => 0, ProbeOutcome.Confirmed => 1, _ => 2 }))
        {
            yield return $"{JsonProbeReport.Outcome(verdict.Outcome),-13} {verdict.Fact.Statement} [{verdict.Fact.Location}]";
            yield return $"              {verdict.Evidence}";
        }

        var planned = result.Planned.IsEmpty ? string.Empty : $"; the driver called {string.Join(", ", result.Planned)}";
        yield return $"{contract}: {result.Verdicts.Length} ownership fact(s): {result.Count(ProbeOutcome.Confirmed)} confirmed, "
            + $"{result.Count(ProbeOutcome.Refuted)} refuted, {result.Count(ProbeOutcome.NotExercised)} not exercised "
            + $"({result.Calls} traced call(s), {result.Mode} mode{planned})";
    }
}
