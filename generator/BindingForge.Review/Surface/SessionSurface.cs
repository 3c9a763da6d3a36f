using BindingForge.Generator;
using BindingForge.Generator.Session;
using BindingForge.Generator.Surface;

namespace BindingForge.Review.Surface;

/// <summary>The API record of a session's headers under its contract's library section; null until the headers are read (or when they failed).</summary>
public static class SessionSurface
{
    public static ApiRecord? Record(BindingSession session)
    {
        if (session.Header is not { } header || session.ReadFailed || session.Library is null)
            return null;
        var options = ContractOptions.Apply(session, new GeneratorOptions());
        return ApiRecordBuilder.Build(ThinSurfaceBuilder.Build(header, options, session.Contract));
    }
}
