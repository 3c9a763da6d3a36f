using BindingForge.Contracts.Vocabulary;
using BindingForge.Model.Contracts;

namespace BindingForge.Review.Diff;

/// <summary>Changes to <c>errors:</c>: the exception class is caught by callers; success codes and messages change behaviour.</summary>
internal static class ErrorDiffer
{
    public static void Compare(BoundContract a, BoundContract b, ChangeLog log)
    {
        foreach (var name in a.Errors.Select(e => e.Name).Union(b.Errors.Select(e => e.Name)))
        {
            var (before, after) = (a.FindError(name), b.FindError(name));
            var subject = $"error domain `{name}`";
            if (after is null)
            {
                log.Add(ChangeKind.Behaviour, subject, $"removed: `{before!.ExceptionName}` is no longer thrown", before.ExceptionName, before.Provenance.Location);
                continue;
            }

            if (before is null)
            {
                log.Add(ChangeKind.Additive, subject, $"new error domain throwing `{after.ExceptionName}`", after.ExceptionName, after.Provenance.Location);
                continue;
            }

            var at = after.Provenance.Location;
            log.Compare(before.ExceptionName, after.ExceptionName, ErrorKeys.Exception.Diff!, subject, after.ExceptionName, at);
            log.Compare(Codes(before), Codes(after), ErrorKeys.Success.Diff!, subject, after.ExceptionName, at);
            log.Compare(before.Message?.Name, after.Message?.Name, ErrorKeys.Message.Diff!, subject, after.ExceptionName, at);
            log.Compare(before.Code?.Name, after.Code?.Name, ErrorKeys.Code.Diff!, subject, after.ExceptionName, at);
            log.Compare(before.CodeText?.Name, after.CodeText?.Name, ErrorKeys.CodeText.Diff!, subject, after.ExceptionName, at);
            log.Compare(FactText.Lock(before.Lock), FactText.Lock(after.Lock), ErrorKeys.Lock.Diff!, subject, after.ExceptionName, at);
        }
    }

    private static string Codes(BoundErrorDomain domain) => FactText.Codes(domain.Success);
}
