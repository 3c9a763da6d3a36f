namespace BindingForge.Fuzz;

/// <summary>Runs saved inputs (a seed corpus, or the crashes a fuzzer found) through the target once each.</summary>
public static class Replay
{
    /// <summary>Each file of <paramref name="paths"/> (folders are walked); 0 when none crashed, else 1.</summary>
    public static int Run(ContractTarget target, IEnumerable<string> paths, TextWriter output)
    {
        var files = paths.SelectMany(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories) : [p])
            .Order(StringComparer.Ordinal).ToList();
        var crashes = 0;
        foreach (var file in files)
        {
            try
            {
                target.Run(File.ReadAllBytes(file));
            }
            catch (Exception e)
            {
                crashes++;
                output.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
            }
        }

        output.WriteLine($"{files.Count} input(s), {crashes} crash(es)");
        return crashes == 0 ? 0 : 1;
    }
}
