using BindingForge.Generator.Safe.Planning;
using BindingForge.Generator.Safe.Symbols;

namespace BindingForge.Generator.Safe.Marshalling;

/// <summary>
/// The struct an init function initialises in place (the first parameter of <c>deflateInit_</c>): zeroed native
/// memory of the struct's size and alignment, allocated after every other argument was acquired, passed to the
/// init, and handed to the new struct object only when the init succeeded, together with which init ran (so its
/// cleanup, and only that one, runs exactly once). A failed init frees the memory and runs no cleanup.
/// <code>
/// var __self = new ZStream();
/// nint __memory = CallerAllocatedHandle.AllocateZeroed(112, 8);
/// int __result = ZlibNative.deflateInit_((z_stream*)__memory, level, __version, 112);
/// if (...) { var __error = ...; CallerAllocatedHandle.FreeMemory(__memory); throw __error; }
/// __self.AttachInitialized(__memory, 0);
/// return __self;
/// </code>
/// The method returns the new struct object, whatever the init itself returns. Used for the init functions of <c>structs:</c> only; it is not in the ordered list, the struct builder passes it.
/// </summary>
internal sealed class CallerAllocatedStruct(StructInfo shape, int init) : IParamStrategy
{
    public ParamMarshalling Plan(ParamSite site, IPlanSoFar plan)
    {
        var record = shape.Bound.Record;
        return ParamMarshalling.Argument(site.Index, $"({site.Thin.Name})__memory") with
        {
            Marshal = [$"var __self = new {shape.ClassName}();", $"nint __memory = {RuntimeNames.CallerAllocatedHandle.AllocateZeroed}({record.Size}, {record.Alignment});"],
            OnError = [$"{RuntimeNames.CallerAllocatedHandle.FreeMemory}(__memory);"],
            After = [$"__self.{RuntimeNames.CallerAllocatedHandle.AttachInitialized}(__memory, {init});"],
            ReturnsInstead = (shape.ClassName, "__self"),
        };
    }
}
