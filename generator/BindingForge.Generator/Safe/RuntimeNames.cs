using R = BindingForge.Runtime;

namespace BindingForge.Generator.Safe;

/// <summary>
/// The names of the runtime's types and members that generated safe code uses, taken from BindingForge.Runtime with
/// <c>nameof</c>: renaming a runtime member breaks the generator's build, not the code it generates. <c>nameof</c> is
/// resolved at compile time, so the generator never loads the runtime assembly. A type's name is its simple name (the
/// generated files import <see cref="Namespace"/>); a static member's name is qualified by its type
/// (<c>Utf8Marshal.FromUtf8</c>); an instance member's name is bare (<c>EnterExclusive</c>), as generated code calls
/// it on <c>this</c> or on a local.
/// </summary>
internal static class RuntimeNames
{
    /// <summary>The runtime's namespace, imported by every safe file (a test checks it against the assembly).</summary>
    public const string Namespace = "BindingForge.Runtime";

    /// <summary>The members every handle class inherits from <c>NativeHandle</c>.</summary>
    public static class NativeHandle
    {
        public const string Type = nameof(R.NativeHandle);
        public const string Enter = nameof(R.NativeHandle.Enter);
        public const string EnterThreadAffine = nameof(R.NativeHandle.EnterThreadAffine);
        public const string EnterExclusive = nameof(R.NativeHandle.EnterExclusive);
        public const string EnterExclusiveNoCallbacks = nameof(R.NativeHandle.EnterExclusiveNoCallbacks);
        public const string EnterLocked = nameof(R.NativeHandle.EnterLocked);
        public const string EnterCounted = nameof(R.NativeHandle.EnterCounted);
        public const string EnterReader = nameof(R.NativeHandle.EnterReader);
        public const string EnterWriter = nameof(R.NativeHandle.EnterWriter);
        public const string AttachBorrowed = nameof(R.NativeHandle.AttachBorrowed);
        public const string MarkConsumed = nameof(R.NativeHandle.MarkConsumed);
        public const string InvalidateBorrows = nameof(R.NativeHandle.InvalidateBorrows);
        public const string AttachCallback = nameof(R.NativeHandle.AttachCallback);
        public const string ErrorParent = nameof(R.NativeHandle.ErrorParent);
        public const string UseErrorStateOf = nameof(R.NativeHandle.UseErrorStateOf);
        public const string BeginClear = nameof(R.NativeHandle.BeginClear);
        public const string EndClear = nameof(R.NativeHandle.EndClear);
        public const string AttachUntilClear = nameof(R.NativeHandle.AttachUntilClear);
        public const string MoveTo = nameof(R.NativeHandle.MoveTo);
        public const string KeepArgument = nameof(R.NativeHandle.KeepArgument);
        public const string AttachHandleCallback = nameof(R.NativeHandle.AttachHandleCallback);
        public const string ReleaseRegistrations = nameof(R.NativeHandle.ReleaseRegistrations);
        public const string ShareRegistrationsOf = nameof(R.NativeHandle.ShareRegistrationsOf);
        public const string EnsureMovable = nameof(R.NativeHandle.EnsureMovable);
        public const string UpdatePointer = nameof(R.NativeHandle.UpdatePointer);
    }

    /// <summary>The lock held over a call and its error read (<c>errors: lock:</c>).</summary>
    public static class ErrorStateLock
    {
        public const string Type = nameof(R.ErrorStateLock);
        public const string Native = Type + "." + nameof(R.ErrorStateLock.Native);
        public const string ForHandle = Type + "." + nameof(R.ErrorStateLock.ForHandle);
    }

    /// <summary>The base of a handle with a release function.</summary>
    public static class OwnedHandle
    {
        public const string Type = nameof(R.OwnedHandle);
        public const string AttachOwned = nameof(R.OwnedHandle.AttachOwned);
        public const string AttachOwnedIn = nameof(R.OwnedHandle.AttachOwnedIn);
        public const string Free = Protected.Free;
    }

    /// <summary>The base of a handle with retain and release.</summary>
    public static class RefCountedHandle
    {
        public const string Type = nameof(R.RefCountedHandle);
        public const string AttachRetained = nameof(R.RefCountedHandle.AttachRetained);
        public const string Retain = Protected.Retain;
        public const string CloneInto = Protected.CloneInto;
    }

    /// <summary>The base of a handle that is never released.</summary>
    public static class BorrowedHandle
    {
        public const string Type = nameof(R.BorrowedHandle);
    }

    /// <summary>The base of a caller-allocated struct class.</summary>
    public static class CallerAllocatedHandle
    {
        public const string Type = nameof(R.CallerAllocatedHandle);
        public const string AllocateZeroed = Type + "." + nameof(R.CallerAllocatedHandle.AllocateZeroed);
        public const string FreeMemory = Type + "." + nameof(R.CallerAllocatedHandle.FreeMemory);
        public const string AttachInitialized = nameof(R.CallerAllocatedHandle.AttachInitialized);
        public const string Cleanup = Protected.Cleanup;
    }

    /// <summary>A lease on a handle, taken for a call.</summary>
    public static class HandleLease
    {
        public const string Type = nameof(R.HandleLease);
        public const string Pointer = nameof(R.HandleLease.Pointer);
    }

    /// <summary>A view of memory a handle owns.</summary>
    public static class BorrowedSpan
    {
        public const string Type = nameof(R.BorrowedSpan<byte>);
    }

    /// <summary>The UTF-8 text of a <c>string</c> argument.</summary>
    public static class Utf8Buffer
    {
        public const string Type = nameof(R.Utf8Buffer);
        public const string Bytes = nameof(R.Utf8Buffer.Bytes);
    }

    /// <summary>Text conversions from native memory.</summary>
    public static class Utf8Marshal
    {
        public const string Type = nameof(R.Utf8Marshal);
        public const string FromUtf8 = Type + "." + nameof(R.Utf8Marshal.FromUtf8);
        public const string LengthOf = Type + "." + nameof(R.Utf8Marshal.LengthOf);
        public const string FromUtf8AndFree = Type + "." + nameof(R.Utf8Marshal.FromUtf8AndFree);
        public const string FromUtf16 = Type + "." + nameof(R.Utf8Marshal.FromUtf16);
    }

    /// <summary>The base of generated exceptions.</summary>
    public static class NativeCallException
    {
        public const string Type = nameof(R.NativeCallException);
        public const string ThrowFailure = Type + "." + nameof(R.NativeCallException.ThrowFailure);
    }

    /// <summary>Where a callback's exception waits until the native call returns.</summary>
    public static class CallbackExceptionSlot
    {
        public const string Type = nameof(R.CallbackExceptionSlot);
        public const string HasCaptured = Type + "." + nameof(R.CallbackExceptionSlot.HasCaptured);
        public const string ThrowIfCaptured = Type + "." + nameof(R.CallbackExceptionSlot.ThrowIfCaptured);
        public const string Capture = Type + "." + nameof(R.CallbackExceptionSlot.Capture);
    }

    /// <summary>The registry that maps user data to delegates.</summary>
    /// <summary>The conversions a trampoline applies to a callback's arguments.</summary>
    public static class CallbackArguments
    {
        public const string Type = nameof(R.CallbackArguments);
        public const string Utf8Rows = Type + "." + nameof(R.CallbackArguments.Utf8Rows);
        public const string Bytes = Type + "." + nameof(R.CallbackArguments.Bytes);
        public const string Borrow = Type + "." + nameof(R.CallbackArguments.Borrow);
        public const string BorrowAll = Type + "." + nameof(R.CallbackArguments.BorrowAll);
        public const string EndAll = Type + "." + nameof(R.CallbackArguments.EndAll);
    }

    public static class CallbackRegistry
    {
        public const string Type = nameof(R.CallbackRegistry);
        public const string Get = Type + "." + nameof(R.CallbackRegistry.Get);
        public const string Take = Type + "." + nameof(R.CallbackRegistry.Take);
        public const string DestroyNotify = Type + "." + nameof(R.CallbackRegistry.DestroyNotify);
    }

    /// <summary>A delegate's registration, as user data.</summary>
    public static class CallbackCookie
    {
        public const string Type = nameof(R.CallbackCookie);
        public const string Alloc = Type + "." + nameof(R.CallbackCookie.Alloc);
        public const string UserData = nameof(R.CallbackCookie.UserData);
        public const string Free = nameof(R.CallbackCookie.Free);
    }

    /// <summary>The enums handle constructors and callback registrations take; a member is <c>{Type}.{value}</c>.</summary>
    public static class Enums
    {
        public const string ThreadingMode = nameof(R.ThreadingMode);
        public const string ThreadingEnforcement = nameof(R.ThreadingEnforcement);
        public const string ReleaseThread = nameof(R.ReleaseThread);
        public const string CallbackScope = nameof(R.CallbackScope);
    }

    /// <summary>
    /// The public and protected members the handle bases declare (<c>NativeHandle</c>, <c>OwnedHandle</c>,
    /// <c>RefCountedHandle</c>, <c>CallerAllocatedHandle</c>): a generated method must not hide them. A test checks
    /// the list against the runtime assembly; SafeHandle's and object's own members are not in it.
    /// </summary>
    public static readonly IReadOnlyList<string> HandleBaseMembers =
    [
        nameof(R.NativeHandle.Enter), nameof(R.NativeHandle.EnterThreadAffine), nameof(R.NativeHandle.EnterExclusive),
        nameof(R.NativeHandle.EnterExclusiveNoCallbacks), nameof(R.NativeHandle.EnterLocked), nameof(R.NativeHandle.EnterCounted),
        nameof(R.NativeHandle.EnterReader), nameof(R.NativeHandle.EnterWriter),
        nameof(R.NativeHandle.Threading), nameof(R.NativeHandle.Enforcement), nameof(R.NativeHandle.ReleaseOn),
        nameof(R.NativeHandle.CreatingThreadId), nameof(R.NativeHandle.IsOwned), nameof(R.NativeHandle.IsConsumed),
        nameof(R.NativeHandle.IsDisposed), nameof(R.NativeHandle.Parent), nameof(R.NativeHandle.AttachBorrowed),
        nameof(R.NativeHandle.MarkConsumed), nameof(R.NativeHandle.Generation), nameof(R.NativeHandle.InvalidateBorrows),
        nameof(R.NativeHandle.AttachCallback), nameof(R.NativeHandle.AttachedCallbackCount), nameof(R.NativeHandle.DrainPendingReleases),
        nameof(R.NativeHandle.ErrorParent), nameof(R.NativeHandle.UseErrorStateOf),
        nameof(R.NativeHandle.Scope), nameof(R.NativeHandle.IsScopeEnded), nameof(R.NativeHandle.BeginClear),
        nameof(R.NativeHandle.EndClear), nameof(R.NativeHandle.AttachUntilClear), nameof(R.NativeHandle.UntilClearCallbackCount),
        nameof(R.NativeHandle.MoveTo), nameof(R.NativeHandle.KeepArgument), nameof(R.NativeHandle.AttachHandleCallback),
        nameof(R.NativeHandle.ReleaseRegistrations), nameof(R.NativeHandle.ShareRegistrationsOf), nameof(R.NativeHandle.EnsureMovable),
        nameof(R.NativeHandle.UpdatePointer), nameof(R.NativeHandle.RegistrationCount),
        nameof(R.OwnedHandle.AttachOwned), nameof(R.OwnedHandle.AttachOwnedIn), Protected.Free,
        nameof(R.RefCountedHandle.AttachRetained), Protected.Retain, Protected.CloneInto,
        nameof(R.CallerAllocatedHandle.AttachInitialized), nameof(R.CallerAllocatedHandle.AllocateZeroed),
        nameof(R.CallerAllocatedHandle.FreeMemory), Protected.Cleanup, Protected.InitIndex,
    ];

    /// <summary>Protected members can only be named from a derived class; these classes are never instantiated,
    /// and their constants are inlined, so they are never loaded either.</summary>
    private static class Protected
    {
        public const string Free = OwnedAccess.FreeName;
        public const string Retain = RefCountedAccess.RetainName;
        public const string CloneInto = RefCountedAccess.CloneIntoName;
        public const string Cleanup = CallerAllocatedAccess.CleanupName;
        public const string InitIndex = CallerAllocatedAccess.InitIndexName;

        private abstract class OwnedAccess : R.OwnedHandle
        {
            public const string FreeName = nameof(Free);
        }

        private abstract class RefCountedAccess : R.RefCountedHandle
        {
            public const string RetainName = nameof(Retain);
            public const string CloneIntoName = nameof(CloneInto);
        }

        private abstract class CallerAllocatedAccess : R.CallerAllocatedHandle
        {
            public const string CleanupName = nameof(Cleanup);
            public const string InitIndexName = nameof(InitIndex);
        }
    }
}
