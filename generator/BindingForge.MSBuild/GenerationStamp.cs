namespace BindingForge.MSBuild;

/// <summary>
/// The up-to-date check of one contract's generation. After a successful run the task writes a stamp file holding
/// the run's command line (the options, and the generator's path and time stamp, so another version regenerates);
/// the generator writes the dependency file (the contract and every header the parse opened, one path a line). The
/// output is up to date when the stamp says the same command, and no listed file is newer than the stamp or gone.
/// </summary>
internal sealed class GenerationStamp(string stampPath, string dependencyPath)
{
    /// <summary>Why generation must run, or null when the output is up to date.</summary>
    public string? WhyStale(string command, string outputDirectory)
    {
        if (!File.Exists(stampPath) || !File.Exists(dependencyPath) || !Directory.Exists(outputDirectory))
            return "no previous output";
        if (File.ReadAllText(stampPath) != command)
            return "the options or the generator changed";
        var stamped = File.GetLastWriteTimeUtc(stampPath);
        foreach (var input in File.ReadAllLines(dependencyPath).Where(l => l.Length > 0))
        {
            if (!File.Exists(input))
                return $"{input} is gone";
            if (File.GetLastWriteTimeUtc(input) > stamped)
                return $"{input} changed";
        }
        return null;
    }

    /// <summary>Records a successful run.</summary>
    public void Write(string command) => File.WriteAllText(stampPath, command);

    /// <summary>Forgets the last run, so that after a failure the next build generates again.</summary>
    public void Delete()
    {
        if (File.Exists(stampPath))
            File.Delete(stampPath);
    }
}
