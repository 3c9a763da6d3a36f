using System.Collections.Immutable;
using BindingForge.Generator.Output;

namespace BindingForge.Generator.Rendering;

/// <summary>
/// Renders independent files on every core: each job renders one file from immutable render records with its own
/// Scriban context (a parsed template may be shared between threads, a context may not), and the files come back in
/// the order the jobs were listed, so the output is the same whatever the thread count. Rendering reports no
/// diagnostics; an exception in a job (a bug) reaches the caller as it would from a sequential loop.
/// </summary>
internal static class RenderJobs
{
    /// <summary>One file to render: its name and the render that makes its text.</summary>
    public readonly record struct Job(string Name, Func<string> Render);

    /// <summary>The files of <paramref name="jobs"/>, in their order; one after the other when <paramref name="sequential"/>.</summary>
    public static ImmutableArray<GeneratedFile> Run(IReadOnlyList<Job> jobs, bool sequential)
    {
        var texts = new string[jobs.Count];
        if (sequential || jobs.Count < 2)
        {
            for (int i = 0; i < jobs.Count; i++)
                texts[i] = jobs[i].Render();
        }
        else
        {
            try
            {
                Parallel.For(0, jobs.Count, i => texts[i] = jobs[i].Render());
            }
            catch (AggregateException e) when (e.InnerExceptions.Count > 0)
            {
                // A failing job's own exception, unwrapped, as a sequential loop would throw it.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            }
        }
        return [.. jobs.Select((job, i) => new GeneratedFile(job.Name, texts[i]))];
    }
}
