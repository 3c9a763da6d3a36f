namespace BindingForge.Runtime.Tests.Support;

/// <summary>Runs an action on a new thread and returns what it threw (null when it did not throw).</summary>
internal static class OtherThread
{
    public static Exception? Catch(Action action)
    {
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try
            {
                action();
            }
            catch (Exception exception)
            {
                caught = exception;
            }
        });
        thread.Start();
        thread.Join();
        return caught;
    }
}
