using System.Runtime.InteropServices;
using BindingForge.Runtime.Tests.Safe;
using BindingForge.Runtime.Tests.Support;
using static BindingForge.Runtime.Tests.Interop.FixtureNative;

namespace BindingForge.Runtime.Tests.Errors;

public sealed class NativeCallExceptionTests : FixtureTest
{
    [Fact]
    public void A_generated_exception_carries_the_code_and_the_librarys_message()
    {
        using var obj = FixtureObject.Create(5);

        var error = Assert.Throws<FixtureException>(() => obj.Fail(4));

        Assert.IsAssignableFrom<NativeCallException>(error);
        Assert.Equal(4, error.Code);
        Assert.Equal("object 5 failed with code 4", error.NativeMessage);
        Assert.Equal("bf_object_fail", error.Function);
        Assert.Equal("bf_object_fail failed with code 4: object 5 failed with code 4", error.Message);
        obj.Fail(0);
    }

    [Fact]
    public void Errno_is_captured_into_the_exception()
    {
        int rc = bf_fail_errno(13);
        int errno = Marshal.GetLastPInvokeError();

        var error = new NativeCallException(rc, null, "bf_fail_errno", errno);

        Assert.Equal(-1, error.Code);
        Assert.Equal(13, error.Errno);
        Assert.Equal("bf_fail_errno failed with code -1 (errno 13)", error.Message);
        Assert.Null(error.NativeMessage);
    }
}
