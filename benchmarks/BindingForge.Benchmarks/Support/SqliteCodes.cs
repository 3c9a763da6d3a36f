namespace BindingForge.Benchmarks.Support;

/// <summary>The sqlite result codes the safe variants compare against (sqlite3.h; the safe layer returns plain ints).</summary>
public static class SqliteCodes
{
    /// <summary>SQLITE_OK.</summary>
    public const int Ok = 0;

    /// <summary>SQLITE_ROW.</summary>
    public const int Row = 100;

    /// <summary>SQLITE_DONE.</summary>
    public const int Done = 101;
}
