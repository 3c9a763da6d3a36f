using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Yaml;

namespace BindingForge.Contracts.Capture;

/// <summary>Reads the facts that take more than one shape: <c>owned</c>, <c>borrowed</c>, <c>length</c>, <c>callback</c>, <c>value</c>.</summary>
internal static class FactReader
{
    private static readonly KeySet OwnedKeys = new("`owned`", "free");
    private static readonly KeySet BorrowedKeys = new("`borrowed`", "until", "of");
    private static readonly KeySet LengthKeys = new("`length`", "fixed", "call");
    private static readonly KeySet CallbackKeys = new("`callback`", "scope", "user_data", "destroy", "user_data_arg", "user_data_from");
    private static readonly KeySet UserDataFromKeys = new("`user_data_from`", "call", "arg");
    private static readonly KeySet ValueKeys = new("`value`", "sizeof");

    /// <summary><c>owned: true|false</c> or <c>owned: { free: fn }</c>.</summary>
    public static OwnedSyntax? Owned(YamlMapping parent, CaptureContext context)
    {
        if (parent.Find("owned") is not { } entry)
            return null;
        if (CaptureContext.ParseBool(entry.Value) is { } flag)
            return new OwnedSyntax(entry.Value.Location) { Flag = new(flag, entry.Value.Location) { KeyLocation = entry.Key.Location } };
        if (entry.Value is not YamlMapping mapping)
        {
            context.WrongKind(entry.Value, "`owned`", "true, false or { free: function }");
            return null;
        }

        context.CheckKeys(mapping, OwnedKeys);
        return new OwnedSyntax(mapping.Location) { Free = context.String(mapping, "free") };
    }

    /// <summary><c>borrowed: true|false</c>, <c>borrowed: { until: [...] }</c> or <c>borrowed: { of: param }</c>.</summary>
    public static BorrowedSyntax? Borrowed(YamlMapping parent, CaptureContext context)
    {
        if (parent.Find("borrowed") is not { } entry)
            return null;
        if (CaptureContext.ParseBool(entry.Value) is { } flag)
            return new BorrowedSyntax(entry.Value.Location) { Flag = new(flag, entry.Value.Location) { KeyLocation = entry.Key.Location } };
        if (entry.Value is not YamlMapping mapping)
        {
            context.WrongKind(entry.Value, "`borrowed`", "true, false, { until: [functions] } or { of: parameter }");
            return null;
        }

        context.CheckKeys(mapping, BorrowedKeys);
        return new BorrowedSyntax(mapping.Location)
        {
            Until = context.TextList(mapping, "until"),
            Of = context.String(mapping, "of"),
        };
    }

    /// <summary><c>length: name</c>, <c>length: null-terminated</c>, <c>length: { fixed: N }</c>, <c>length: { call: fn }</c>.</summary>
    public static LengthSyntax? Length(YamlMapping parent, CaptureContext context)
    {
        if (parent.Find("length") is not { } entry)
            return null;
        if (entry.Value is YamlScalar { IsNull: false } scalar)
        {
            return scalar.Text == "null-terminated"
                ? new LengthSyntax(scalar.Location) { NullTerminated = true }
                : new LengthSyntax(scalar.Location) { Name = new(scalar.Text, scalar.Location) { KeyLocation = entry.Key.Location } };
        }

        if (entry.Value is not YamlMapping mapping || mapping.Entries.Length != 1)
        {
            context.WrongKind(entry.Value, "`length`", "a parameter name, null-terminated, { fixed: N } or { call: function }");
            return null;
        }

        context.CheckKeys(mapping, LengthKeys);
        return new LengthSyntax(mapping.Location)
        {
            Fixed = context.Integer(mapping, "fixed", min: 0),
            Call = context.String(mapping, "call"),
        };
    }

    /// <summary><c>callback: { scope, user_data, destroy, user_data_arg, user_data_from: { call, arg } }</c>.</summary>
    public static CallbackSyntax? Callback(YamlMapping parent, CaptureContext context)
    {
        if (parent.Find("callback") is not { } entry || context.Mapping(entry.Value, "`callback`") is not { } mapping)
            return null;
        context.CheckKeys(mapping, CallbackKeys);
        if (mapping.Find("scope") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`callback` needs a `scope`: call, async, notified or forever", entry.Key.Location);
        var callback = new CallbackSyntax(mapping.Location)
        {
            Scope = context.Enum(mapping, "scope", Spellings.Scope),
            UserData = context.String(mapping, "user_data"),
            Destroy = context.String(mapping, "destroy"),
            UserDataArg = context.Integer(mapping, "user_data_arg", min: 0),
        };
        if (mapping.Find("user_data_from") is not { } from || context.Mapping(from.Value, "`user_data_from`") is not { } fromMapping)
            return callback;
        context.CheckKeys(fromMapping, UserDataFromKeys);
        if (fromMapping.Find("call") is null || fromMapping.Find("arg") is null)
            context.Diagnostics.Error(ContractDiagnosticIds.MissingKey, "`user_data_from` needs `call` (the function) and `arg` (the callback argument passed to it)", from.Key.Location);
        return callback with
        {
            UserDataFrom = context.String(fromMapping, "call"),
            UserDataFromArg = context.Integer(fromMapping, "arg", min: 0),
        };
    }

    /// <summary><c>value: 42</c>, <c>value: SQLITE_TRANSIENT</c> or <c>value: { sizeof: z_stream }</c>.</summary>
    public static ValueSyntax? Value(YamlMapping parent, CaptureContext context)
    {
        if (parent.Find("value") is not { } entry)
            return null;
        if (entry.Value is YamlMapping mapping)
        {
            context.CheckKeys(mapping, ValueKeys);
            if (mapping.Find("sizeof") is null)
            {
                context.WrongKind(entry.Value, "`value`", "a number, a macro/enumerator name or { sizeof: type }");
                return null;
            }

            return new ValueSyntax(mapping.Location) { SizeOf = context.String(mapping, "sizeof") };
        }

        return context.SymbolOrNumber(entry.Value, "`value`") is { } constant
            ? new ValueSyntax(entry.Value.Location) { Constant = constant }
            : null;
    }
}
