using BindingForge.Clang.Tests.Support;

namespace BindingForge.Clang.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task Parallel_reads_give_the_same_models_as_a_sequential_read()
    {
        var sqlite = ModelText.Of(Read.Headers("/usr/include/sqlite3.h").Model);
        var everything = ModelText.Of(Read.Headers(TestPaths.Everything).Model);
        var reads = await Task.WhenAll(
            Task.Run(() => Read.Headers("/usr/include/sqlite3.h")),
            Task.Run(() => Read.Headers(TestPaths.Everything)),
            Task.Run(() => Read.Headers("/usr/include/sqlite3.h")),
            Task.Run(() => Read.Headers(TestPaths.Everything)));
        Assert.All(reads, r => Assert.False(r.HasErrors));
        Assert.Equal(sqlite, ModelText.Of(reads[0].Model));
        Assert.Equal(everything, ModelText.Of(reads[1].Model));
        Assert.Equal(sqlite, ModelText.Of(reads[2].Model));
        Assert.Equal(everything, ModelText.Of(reads[3].Model));
    }

    [Fact]
    public void The_same_input_gives_the_same_model_and_diagnostics()
    {
        var first = Read.Headers(TestPaths.Everything);
        var second = Read.Headers(TestPaths.Everything);
        Assert.Equal(ModelText.Of(first.Model), ModelText.Of(second.Model));
        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Contains("fn ev_add", ModelText.Of(first.Model), StringComparison.Ordinal);
    }
}
