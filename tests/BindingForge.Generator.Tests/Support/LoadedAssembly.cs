using System.Reflection;
using System.Runtime.Loader;

namespace BindingForge.Generator.Tests.Support;

/// <summary>A compiled test assembly loaded into its own collectible load context, so tests do not share statics.</summary>
internal sealed class LoadedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public LoadedAssembly(byte[] image, string name)
    {
        _context = new AssemblyLoadContext(name, isCollectible: true);
        using var stream = new MemoryStream(image);
        Assembly = _context.LoadFromStream(stream);
    }

    public Assembly Assembly { get; }

    /// <summary>Calls a public static method and returns its result.</summary>
    public object? Invoke(string typeName, string method, params object?[] arguments)
    {
        var type = Assembly.GetType(typeName, throwOnError: true)!;
        var info = type.GetMethod(method, BindingFlags.Public | BindingFlags.Static)
            ?? throw new MissingMethodException(typeName, method);
        try
        {
            return info.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException);
            throw;
        }
    }

    public void Dispose() => _context.Unload();
}
