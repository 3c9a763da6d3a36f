using BindingForge.Contracts.Syntax;
using BindingForge.Contracts.Vocabulary;
using BindingForge.Contracts.Yaml;
using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Contracts.Capture;

/// <summary>
/// A C prototype written in a contract (<c>signature:</c> of a function or a form). Contract text is untrusted: it is
/// kept only when it can be nothing but one C declarator of the function, over type names.
/// </summary>
internal static class PrototypeText
{
    public static Located<string>? Read(YamlMapping mapping, KeyRow key, string function, CaptureContext context)
    {
        if (context.String(mapping, key) is not { } signature)
            return null;
        if (SignatureOverride.IsPlainPrototype(signature.Value, function))
            return signature;
        context.Diagnostics.Error(ContractDiagnosticIds.InvalidSignature,
            $"{key.Quoted} {CSharpLiterals.String(signature.Value)} is not a prototype of `{function}`: write it as C, `int {function}(int count, const char *name)`, with type names, `*`, `,`, brackets and `...` only (no comments, strings, `#`, braces or `;`)", signature.Location);
        return null;
    }
}
