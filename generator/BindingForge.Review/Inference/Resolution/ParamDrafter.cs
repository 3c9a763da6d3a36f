using BindingForge.Model.Header;
using BindingForge.Review.Inference.Analysis;
using BindingForge.Review.Inference.Draft;
using BindingForge.Review.Inference.Evidence;
using BindingForge.Review.Inference.Rules;
using BindingForge.Review.Writing;

namespace BindingForge.Review.Inference.Resolution;

/// <summary>
/// Settles one parameter's facts. The facts exclude each other the way the binder says: an out value takes no
/// array, string or inout; text is a string, not an array; a length goes with an array or a string; the argument
/// of a handle's release is consumed.
/// </summary>
internal sealed class ParamDrafter(InferenceContext context, ClaimBoard claims, HandleDrafter handles, OwnershipDrafter ownership)
{
    public DraftEntry? Draft(FunctionDecl function, int index, List<string> questions)
    {
        var parameter = function.Parameters[index];
        var subject = Subject.Param(function.Name, parameter.Name);
        var builder = new EntryBuilder(parameter.Name);
        var types = context.Types;
        if (OwnershipTargets.IsOutValue(types, parameter.Type))
        {
            var pointee = types.Pointee(parameter.Type)!;
            ownership.Draft(builder, subject, pointee, types.HandleOfOut(parameter.Type), isOut: true, questions);
            if (builder.Has(Facts.Out) && types.Shape.IsTextPointer(pointee) && Decide(subject, Facts.String, questions) is { } text)
                builder.Add(Facts.String, text.Value, text);
            if (builder.Has(Facts.Out) && Decide(subject, Facts.Optional, questions) is { Value: "true" } optional)
                builder.Add(Facts.Optional, "true", optional);
        }
        else
        {
            Consumed(builder, function, index, subject);
            Data(builder, subject, parameter, questions);
        }

        if (types.Shape.IsPointer(parameter.Type) && Decide(subject, Facts.Nullable, questions) is { Value: "true" } nullable)
            builder.Add(Facts.Nullable, "true", nullable);
        return builder.Build();
    }

    /// <summary>The argument of a drafted handle's release is consumed: the safe layer must not free it again.</summary>
    private void Consumed(EntryBuilder builder, FunctionDecl function, int index, Subject subject)
    {
        var released = index == 0 && function.Parameters.Length == 1
            && handles.Drafted.Values.FirstOrDefault(h => h.Release == function.Name) is { Type: not null } handle ? handle.Type : null;
        if (released is not null)
            builder.Add(Facts.Consumed, "true", $"`{function.Name}` is the release of handle `{released.Key}`", Confidence.High);
        else if (Decide(subject, Facts.Consumed, []) is { Value: "true" } consumed)
            builder.Add(Facts.Consumed, "true", consumed);
    }

    /// <summary>Text, arrays and their lengths, caller-allocated storage, in/out scalars.</summary>
    private void Data(EntryBuilder builder, Subject subject, ParameterDecl parameter, List<string> questions)
    {
        var types = context.Types;
        if (types.Shape.AsFunctionPointer(parameter.Type) is not null && Decide(subject, Facts.Callback, questions) is { } callback)
            builder.Add(Facts.Callback, callback.Value, callback);
        if (!types.Shape.IsPointer(parameter.Type))
            return;
        if (Decide(subject, Facts.String, questions) is { Value: "utf8" } text && types.Shape.IsTextPointer(parameter.Type))
            builder.Add(Facts.String, "utf8", text);
        else if (Decide(subject, Facts.Array, questions) is { } array && types.IsDataPointer(parameter.Type))
            Array(builder, subject, parameter, array, questions);
        if ((builder.Has(Facts.String) || builder.Has(Facts.Array)) && Decide(subject, Facts.Length, questions) is { } length)
            builder.Add(Facts.Length, YamlText.Scalar(length.Value), length);
        if (builder.Has(Facts.String) || builder.Has(Facts.Array) || builder.Has(Facts.Consumed) || builder.Has(Facts.Callback))
            return;
        if (Decide(subject, Facts.Optional, questions) is { Value: "true" } optional && Decide(subject, Facts.Out, []) is { Value: "caller-allocates" })
            builder.Add(Facts.Optional, "true", optional);
        if (Decide(subject, Facts.Out, questions) is { Value: "caller-allocates" } storage)
            builder.Add(Facts.Out, storage.Value, storage);
        else if (Decide(subject, Facts.InOut, questions) is { Value: "true" } inout && types.Pointee(parameter.Type) is { } pointee && types.Shape.IsScalar(pointee))
            builder.Add(Facts.InOut, "true", inout);
    }

    private void Array(EntryBuilder builder, Subject subject, ParameterDecl parameter, Decision array, List<string> questions)
    {
        builder.Add(Facts.Array, array.Value, array);
        if (!context.Types.IsVoidPointer(parameter.Type))
            return;
        var element = Decide(subject, Facts.Element, questions) ?? new Decision("byte", Confidence.Medium, ["`void *` buffer: bytes"], null);
        builder.Add(Facts.Element, element.Value, element);
    }

    private Decision? Decide(Subject subject, string fact, List<string> questions)
    {
        var outcome = FactResolver.Resolve(claims.About(subject, fact));
        if (outcome.Undecided is { } undecided)
            questions.Add($"{FunctionDrafter.Describe(subject)} `{fact}`: {undecided}");
        return outcome.Decision;
    }
}
