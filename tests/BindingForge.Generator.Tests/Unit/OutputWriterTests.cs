using BindingForge.Generator.Output;
using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Unit;

public sealed class OutputWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Target => Path.Combine(_temp.Path, "out");

    private static GeneratedFile File(string name, string body = "class A {}") => new(name, $"{OutputWriter.Stamp}\r\n{body}\r\n");

    [Fact]
    public void Writes_a_new_folder_with_unix_newlines_and_no_bom()
    {
        var diagnostics = OutputWriter.Write(Target, [File("A.cs"), File("Sub/B.cs")]);
        Assert.Empty(diagnostics);
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(Target, "A.cs"));
        Assert.Equal((byte)'/', bytes[0]);
        Assert.DoesNotContain((byte)'\r', bytes);
        Assert.True(System.IO.File.Exists(Path.Combine(Target, "Sub", "B.cs")));
        Assert.Equal(["out"], Directory.GetFileSystemEntries(_temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Replaces_a_generated_folder_as_a_whole()
    {
        OutputWriter.Write(Target, [File("Old.cs"), File("Kept.cs", "old")]);
        var diagnostics = OutputWriter.Write(Target, [File("Kept.cs", "new")]);
        Assert.Empty(diagnostics);
        Assert.Equal(["Kept.cs"], Directory.GetFiles(Target).Select(Path.GetFileName));
        Assert.Contains("new", System.IO.File.ReadAllText(Path.Combine(Target, "Kept.cs")));
    }

    [Fact]
    public void Leaves_an_up_to_date_folder_untouched()
    {
        OutputWriter.Write(Target, [File("A.cs")]);
        var path = Path.Combine(Target, "A.cs");
        var stamp = new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        System.IO.File.SetLastWriteTimeUtc(path, stamp);
        Assert.Empty(OutputWriter.Write(Target, [File("A.cs")]));
        Assert.Equal(stamp, System.IO.File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void Refuses_to_replace_a_folder_with_files_it_did_not_generate()
    {
        Directory.CreateDirectory(Target);
        System.IO.File.WriteAllText(Path.Combine(Target, "Program.cs"), "class Program {}");
        var diagnostic = Assert.Single(OutputWriter.Write(Target, [File("A.cs")]));
        Assert.Equal((DiagnosticIds.OutputNotGenerated, true), (diagnostic.Id, diagnostic.IsError));
        Assert.Contains("Program.cs", diagnostic.Message);
        Assert.Equal(["Program.cs"], Directory.GetFiles(Target).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_keeps_the_previous_output()
    {
        OutputWriter.Write(Target, [File("Good.cs")]);
        // "X.cs" is a file, so "X.cs/Y.cs" cannot be written: the run fails after writing part of the output.
        var diagnostic = Assert.Single(OutputWriter.Write(Target, [File("X.cs"), File("X.cs/Y.cs")]));
        Assert.Equal(DiagnosticIds.OutputWriteFailed, diagnostic.Id);
        Assert.Equal(["Good.cs"], Directory.GetFiles(Target).Select(Path.GetFileName));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Theory]
    [InlineData("../escape.cs")]
    [InlineData("/abs.cs")]
    [InlineData("a//b.cs")]
    [InlineData("")]
    public void Rejects_paths_outside_the_folder(string path)
    {
        var diagnostic = Assert.Single(OutputWriter.Write(Target, [File(path)]));
        Assert.Equal(DiagnosticIds.OutputBadPath, diagnostic.Id);
        Assert.False(Directory.Exists(Target));
    }

    [Fact]
    public void Rejects_a_target_that_is_a_file()
    {
        System.IO.File.WriteAllText(Target, "x");
        Assert.Equal(DiagnosticIds.OutputWriteFailed, Assert.Single(OutputWriter.Write(Target, [File("A.cs")])).Id);
    }

    public void Dispose() => _temp.Dispose();
}
