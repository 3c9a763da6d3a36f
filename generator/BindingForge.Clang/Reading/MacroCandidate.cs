using BindingForge.Model;
using BindingForge.Model.Header;

namespace BindingForge.Clang.Reading;

/// <summary>An object-like macro of a named header that may evaluate to a constant.</summary>
internal sealed record MacroCandidate(string Name, SourceLocation Location, Documentation? Doc);
