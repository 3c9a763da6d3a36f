using System.Collections.Concurrent;

namespace BindingForge.Runtime.Tests.Support;

/// <summary>A long-lived thread that runs work items in order, like a UI thread's message loop.</summary>
internal sealed class DedicatedThread : IDisposable
{
    private readonly BlockingCollection<Action> _work = [];
    private readonly Thread _thread;

    public DedicatedThread()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "fixture-owner" };
        _thread.Start();
    }

    public int ManagedThreadId => _thread.ManagedThreadId;

    /// <summary>Runs <paramref name="func"/> on the thread and returns its result (or rethrows its exception).</summary>
    public T Run<T>(Func<T> func)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try
            {
                done.SetResult(func());
            }
            catch (Exception exception)
            {
                done.SetException(exception);
            }
        });
        return done.Task.GetAwaiter().GetResult();
    }

    public void Dispose()
    {
        _work.CompleteAdding();
        _thread.Join();
        _work.Dispose();
    }

    private void Loop()
    {
        foreach (var item in _work.GetConsumingEnumerable())
            item();
    }
}
