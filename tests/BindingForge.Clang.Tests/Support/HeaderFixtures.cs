using BindingForge.Model.Header;

namespace BindingForge.Clang.Tests.Support;

/// <summary>A header read once and shared by the tests of a class.</summary>
public abstract class HeaderFixture
{
    protected HeaderFixture(string header)
    {
        Path = header;
        Result = new HeaderReader().Read(HeaderReadRequest.ForHeaders(header));
    }

    public string Path { get; }

    public HeaderReadResult Result { get; }

    public HeaderModel Model => Result.Model;

    public FunctionDecl Function(string name) => Model.FindFunction(name) ?? throw new Xunit.Sdk.XunitException($"no function {name}");

    public RecordDecl Record(string name) => Model.FindRecord(name) ?? throw new Xunit.Sdk.XunitException($"no record {name}");

    public EnumDecl Enum(string name) => Model.FindEnum(name) ?? throw new Xunit.Sdk.XunitException($"no enum {name}");

    public TypedefDecl Typedef(string name) => Model.FindTypedef(name) ?? throw new Xunit.Sdk.XunitException($"no typedef {name}");

    public MacroConstant Constant(string name) =>
        Model.Constants.SingleOrDefault(c => c.Name == name) ?? throw new Xunit.Sdk.XunitException($"no constant {name}");
}

public sealed class SqliteFixture() : HeaderFixture("/usr/include/sqlite3.h");

public sealed class ZlibFixture() : HeaderFixture("/usr/include/zlib.h");

public sealed class EverythingFixture() : HeaderFixture(TestPaths.Everything);
