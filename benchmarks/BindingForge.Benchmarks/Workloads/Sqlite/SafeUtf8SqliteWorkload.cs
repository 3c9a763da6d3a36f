using System.Text;
using BindingForge.Benchmarks.Support;

namespace BindingForge.Benchmarks.Workloads.Sqlite;

/// <summary>
/// The generated safe layer with the fastest insert a user can write: the text encoded into a stack buffer and
/// bound through <c>BindText(int, ReadOnlySpan&lt;byte&gt;)</c> (no <c>Utf8Buffer</c>), the same encoding work as
/// the thin variant. Select is the same as <see cref="SafeSqliteWorkload"/>.
/// </summary>
[WorkloadVariant("safe-utf8", order: 2)]
public sealed class SafeUtf8SqliteWorkload : SafeSqliteWorkload
{
    /// <inheritdoc/>
    public override int Insert(int rows)
    {
        var texts = RowText.Texts;
        var insert = InsertStatement!;
        Interop.SafeSqlite.Exec(Db!, "BEGIN");
        Span<byte> buffer = stackalloc byte[256];
        for (int i = 0; i < rows; i++)
        {
            int length = Encoding.UTF8.GetBytes(texts[i % RowText.Count], buffer);
            insert.BindInt(1, i);
            insert.BindText(2, buffer[..length]);
            if (insert.Step() != global::BindingForge.Sqlite.ResultCode.Done)
                throw new InvalidOperationException("insert did not finish");
            insert.Reset();
        }
        Interop.SafeSqlite.Exec(Db!, "COMMIT");
        return rows;
    }
}
