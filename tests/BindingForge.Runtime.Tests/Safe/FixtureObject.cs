using BindingForge.Runtime.Tests.Interop;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Safe;

/// <summary>A hand-written stand-in for the generated safe class of <c>bf_object</c>.</summary>
internal sealed unsafe class FixtureObject : OwnedHandle
{
    public FixtureObject(ThreadingMode threading = ThreadingMode.FreeThreaded, ThreadingEnforcement enforcement = ThreadingEnforcement.Check)
        : base(threading, enforcement)
    {
    }

    public static FixtureObject Create(int value, ThreadingMode threading = ThreadingMode.FreeThreaded, ThreadingEnforcement enforcement = ThreadingEnforcement.Check)
    {
        var obj = new FixtureObject(threading, enforcement);
        obj.AttachOwned(bf_object_create(value));
        return obj;
    }

    /// <summary><c>out: owned</c> with an error code: the handle exists before the call, so nothing can leak.</summary>
    public static FixtureObject CreateChecked(int value)
    {
        var obj = new FixtureObject();
        nint pointer;
        int rc = bf_object_create_checked(value, &pointer);
        obj.AttachOwned(pointer);
        if (rc != 0)
        {
            obj.Dispose();
            throw new FixtureException(rc, Utf8Marshal.FromUtf8(bf_last_error()), nameof(bf_object_create_checked));
        }
        return obj;
    }

    public int Value
    {
        get
        {
            using var lease = Enter();
            return bf_object_get_value(lease.Pointer);
        }
        set
        {
            using var lease = Enter();
            bf_object_set_value(lease.Pointer, value);
        }
    }

    public string? Name
    {
        get
        {
            using var lease = Enter();
            return Utf8Marshal.FromUtf8(bf_object_get_name(lease.Pointer));
        }
        set
        {
            using var lease = Enter();
            using var name = new Utf8Buffer(value);
            fixed (byte* p = name)
                bf_object_set_name(lease.Pointer, p);
            InvalidateBorrows();
        }
    }

    /// <summary><c>borrowed: { until: [bf_object_set_data, bf_object_destroy] }</c>: a checked zero-copy view.</summary>
    public BorrowedSpan<byte> Data
    {
        get
        {
            using var lease = Enter();
            return new BorrowedSpan<byte>(this, bf_object_get_data(lease.Pointer), checked((int)bf_object_get_data_length(lease.Pointer)));
        }
    }

    public void SetData(ReadOnlySpan<byte> data)
    {
        using var lease = Enter();
        fixed (byte* p = data)
            bf_object_set_data(lease.Pointer, p, (nuint)data.Length);
        InvalidateBorrows();
    }

    /// <summary><c>consumed: true</c>.</summary>
    public int Consume()
    {
        using var lease = Enter();
        int value = bf_object_consume(lease.Pointer);
        MarkConsumed();
        return value;
    }

    public void Fail(int code)
    {
        using var lease = Enter();
        int rc = bf_object_fail(lease.Pointer, code);
        if (rc != 0)
            throw new FixtureException(rc, Utf8Marshal.FromUtf8(bf_object_errmsg(lease.Pointer)), nameof(bf_object_fail));
    }

    /// <summary><c>returns: { string: utf8, owned: { free: bf_free } }</c>.</summary>
    public string Describe()
    {
        using var lease = Enter();
        return Utf8Marshal.FromUtf8AndFree(bf_object_describe(lease.Pointer), &bf_free)!;
    }

    /// <summary><c>callback: { scope: forever, user_data: user_data }</c>.</summary>
    public void SetCallback(Func<int, int> callback)
    {
        var cookie = CallbackCookie.Alloc(callback, CallbackScope.Forever);
        using var lease = Enter();
        bf_object_set_callback(lease.Pointer, &Trampolines.Invoke, (void*)cookie.UserData);
        AttachCallback(cookie);
    }

    public int Fire(int value)
    {
        using var lease = Enter();
        int result = bf_object_fire(lease.Pointer, value);
        CallbackExceptionSlot.ThrowIfCaptured();
        return result;
    }

    protected override void Free(nint pointer) => bf_object_destroy(pointer);
}
