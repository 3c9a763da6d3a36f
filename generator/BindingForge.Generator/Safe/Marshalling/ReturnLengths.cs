using BindingForge.Generator.Safe.Planning;
using BindingForge.Model.Contracts;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The <c>int</c> element count of a returned buffer, as the contract's <c>length:</c> gives it: another function
/// called with the same arguments right after the call (<c>sqlite3_column_bytes</c> after <c>sqlite3_column_blob</c>),
/// a parameter that carries it out, or a fixed number. Null when the contract gives none (text is then read up to
/// its terminator); <see cref="Unknown"/> when it gives one the safe style cannot compute.
/// </summary>
internal static class ReturnLengths
{
    public const string Unknown = "\u0000";

    public static string? Of(LengthFact? length, ReturnSite site, IPlanSoFar plan) => length switch
    {
        null or NullTerminatedLength => null,
        FixedLength fixedLength => fixedLength.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ParameterLength => plan.ReturnLength ?? Unknown,
        CallLength call when site.Context.Thin.Has(call.Function.Name) && plan.Arguments.All(a => a is not null) =>
            Conversions.ToInt($"{site.Context.Thin.Call(call.Function.Name)}({string.Join(", ", plan.Arguments)})", site.Context.Thin.MapReturn(call.Function.ReturnType)),
        _ => Unknown,
    };
}
