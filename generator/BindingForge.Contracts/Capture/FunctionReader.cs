using System.Collections.Immutable;
using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads one entry under <c>functions:</c> with its <c>returns</c> and <c>params</c>.</summary>
internal static class FunctionReader
{
    public static FunctionEntry? Read(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, $"function `{entry.Key.Text}`", allowNull: true) is not { } mapping)
            return null;
        context.CheckKeys(mapping, FunctionKeys.Table);
        return new FunctionEntry(EntryKey.Of(entry), MetaReader.Read(mapping, context))
        {
            Returns = mapping.Find(FunctionKeys.Returns.Key) is { } returns ? ReadReturns(returns, context) : null,
            Params = mapping.Find(FunctionKeys.Params.Key) is { } parameters ? ReadParams(parameters, context) : [],
            Leaf = context.Bool(mapping, FunctionKeys.Leaf),
            NoCallbacks = context.Bool(mapping, FunctionKeys.NoCallbacks),
            Access = context.Enum(mapping, FunctionKeys.Access),
            Blocking = context.Bool(mapping, FunctionKeys.Blocking),
            Errno = context.Bool(mapping, FunctionKeys.Errno),
            Recover = context.String(mapping, FunctionKeys.Recover),
            Clears = context.String(mapping, FunctionKeys.Clears),
            Resets = context.String(mapping, FunctionKeys.Resets),
            ErrorLock = context.Bool(mapping, FunctionKeys.ErrorLock),
            Signature = PrototypeText.Read(mapping, FunctionKeys.Signature, entry.Key.Text, context),
            Forms = FormReader.Read(mapping, entry.Key.Text, context),
            Probe = ProbeReader.Read(mapping, context),
        };
    }

    private static ReturnEntry? ReadReturns(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, FunctionKeys.Returns.Quoted) is not { } mapping)
            return null;
        context.CheckKeys(mapping, ReturnKeys.Table);
        var nullMayBeError = NullMayBeError(mapping, context);
        return new ReturnEntry(mapping.Location, MetaReader.Read(mapping, context))
        {
            Error = context.String(mapping, ReturnKeys.Error),
            Success = ErrorReader.ReadCodes(mapping, ReturnKeys.Success, context),
            NullIsError = context.Bool(mapping, ReturnKeys.NullIsError),
            Bool = context.Bool(mapping, ReturnKeys.Bool),
            NullMayBeError = nullMayBeError?.Error,
            NullErrorCodes = nullMayBeError?.Codes,
            NullCode = mapping.Find(ReturnKeys.NullCode.Key) is { } nullCode ? context.SymbolOrNumber(nullCode.Value, ReturnKeys.NullCode.Quoted) : null,
            ErrorParent = context.String(mapping, ReturnKeys.ErrorParent),
            String = context.Enum(mapping, ReturnKeys.String),
            Owned = FactReader.Owned(mapping, ReturnKeys.Owned, context),
            Borrowed = FactReader.Borrowed(mapping, ReturnKeys.Borrowed, context),
            Nullable = context.Bool(mapping, ReturnKeys.Nullable),
            Length = FactReader.Length(mapping, ReturnKeys.Length, context),
            Element = context.String(mapping, ReturnKeys.Element),
            Parent = context.TextOrList(mapping, ReturnKeys.Parent),
            FromPool = context.String(mapping, ReturnKeys.FromPool),
            DuplicateOf = context.String(mapping, ReturnKeys.DuplicateOf),
            Updates = context.String(mapping, ReturnKeys.Updates),
        };
    }

    /// <summary><c>null_may_be_error: domain</c> or <c>null_may_be_error: { error: domain, codes: [...] }</c>.</summary>
    private static (Located<string>? Error, ImmutableArray<SymbolOrNumber>? Codes)? NullMayBeError(YamlMapping mapping, CaptureContext context)
    {
        if (mapping.Find(ReturnKeys.NullMayBeError.Key) is not { } entry)
            return null;
        if (entry.Value is not YamlMapping inner)
            return (context.String(mapping, ReturnKeys.NullMayBeError), null);
        context.CheckKeys(inner, NullErrorKeys.Table);
        if (inner.Find(NullErrorKeys.Error.Key) is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`null_may_be_error` needs `error`: the error domain whose `code` tells a NULL value from a failure", entry.Key.Location);
        return (context.String(inner, NullErrorKeys.Error), ErrorReader.ReadCodes(inner, NullErrorKeys.Codes, context));
    }

    public static ImmutableArray<ParamEntry> ReadParams(YamlEntry entry, CaptureContext context)
    {
        if (context.Mapping(entry.Value, FunctionKeys.Params.Quoted, allowNull: true) is not { } mapping)
            return [];
        var result = ImmutableArray.CreateBuilder<ParamEntry>();
        foreach (var param in mapping.Entries)
        {
            if (ParamReader.Read(param, context) is { } read)
                result.Add(read);
        }

        return result.ToImmutable();
    }
}
