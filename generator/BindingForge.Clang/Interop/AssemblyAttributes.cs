using System.Runtime.CompilerServices;

// Every libclang signature is blittable: by-value structs, raw pointers and function pointers only.
[assembly: DisableRuntimeMarshalling]
[assembly: InternalsVisibleTo("BindingForge.Clang.Tests")]
