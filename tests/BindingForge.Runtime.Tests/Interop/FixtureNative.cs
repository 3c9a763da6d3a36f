using System.Runtime.InteropServices;

namespace BindingForge.Runtime.Tests.Interop;

/// <summary>
/// Hand-written thin bindings of tests/native/fixture.h: stand-ins for the generated <c>-sys</c> layer.
/// Pointers to opaque fixture types are <c>nint</c>.
/// </summary>
internal static unsafe partial class FixtureNative
{
    private const string Lib = "bffixture";

    [LibraryImport(Lib)] internal static partial int bf_live_objects();
    [LibraryImport(Lib)] internal static partial int bf_live_of_kind(int kind);
    [LibraryImport(Lib)] internal static partial long bf_total_frees();
    [LibraryImport(Lib)] internal static partial int bf_double_frees();
    [LibraryImport(Lib)] internal static partial int bf_bad_frees();
    [LibraryImport(Lib)] internal static partial int bf_order_errors();
    [LibraryImport(Lib)] internal static partial int bf_thread_errors();
    [LibraryImport(Lib)] internal static partial int bf_concurrency_errors();
    [LibraryImport(Lib)] internal static partial int bf_null_errors();
    [LibraryImport(Lib)] internal static partial int bf_stale_uses();
    [LibraryImport(Lib)] internal static partial void bf_reset_counters();
    [LibraryImport(Lib)] internal static partial void bf_free(void* ptr);
    [LibraryImport(Lib)] internal static partial byte* bf_last_error();

    [LibraryImport(Lib)] internal static partial nint bf_object_create(int value);
    [LibraryImport(Lib)] internal static partial int bf_object_create_checked(int value, nint* obj);
    [LibraryImport(Lib)] internal static partial void bf_object_destroy(nint obj);
    [LibraryImport(Lib)] internal static partial int bf_object_get_value(nint obj);
    [LibraryImport(Lib)] internal static partial void bf_object_set_value(nint obj, int value);
    [LibraryImport(Lib)] internal static partial int bf_object_consume(nint obj);
    [LibraryImport(Lib)] internal static partial int bf_object_fail(nint obj, int code);
    [LibraryImport(Lib)] internal static partial byte* bf_object_errmsg(nint obj);
    [LibraryImport(Lib)] internal static partial byte* bf_object_describe(nint obj);
    [LibraryImport(Lib)] internal static partial byte* bf_object_get_name(nint obj);
    [LibraryImport(Lib)] internal static partial int bf_object_set_name(nint obj, byte* name);
    [LibraryImport(Lib)] internal static partial byte* bf_object_get_data(nint obj);
    [LibraryImport(Lib)] internal static partial nuint bf_object_get_data_length(nint obj);
    [LibraryImport(Lib)] internal static partial int bf_object_set_data(nint obj, byte* data, nuint length);
    [LibraryImport(Lib)] internal static partial void bf_object_set_callback(nint obj, delegate* unmanaged[Cdecl]<int, void*, int> callback, void* userData);
    [LibraryImport(Lib)] internal static partial int bf_object_fire(nint obj, int value);

    [LibraryImport(Lib)] internal static partial nint bf_parent_create();
    [LibraryImport(Lib)] internal static partial void bf_parent_destroy(nint parent);
    [LibraryImport(Lib)] internal static partial int bf_parent_child_count(nint parent);
    [LibraryImport(Lib)] internal static partial nint bf_child_create(nint parent, int value);
    [LibraryImport(Lib)] internal static partial void bf_child_destroy(nint child);
    [LibraryImport(Lib)] internal static partial int bf_child_get_value(nint child);
    [LibraryImport(Lib)] internal static partial nint bf_child_get_parent(nint child);
    [LibraryImport(Lib)] internal static partial nint bf_parent_get_shared(nint parent);

    [LibraryImport(Lib)] internal static partial nint bf_refobj_create(int value);
    [LibraryImport(Lib)] internal static partial nint bf_refobj_ref(nint obj);
    [LibraryImport(Lib)] internal static partial void bf_refobj_unref(nint obj);
    [LibraryImport(Lib)] internal static partial int bf_refobj_refcount(nint obj);

    [LibraryImport(Lib)] internal static partial nint bf_affine_create();
    [LibraryImport(Lib)] internal static partial int bf_affine_use(nint obj);
    [LibraryImport(Lib)] internal static partial void bf_affine_destroy(nint obj);
    [LibraryImport(Lib)] internal static partial nint bf_exclusive_create();
    [LibraryImport(Lib)] internal static partial int bf_exclusive_use(nint obj, int spinMicroseconds);
    [LibraryImport(Lib)] internal static partial void bf_exclusive_destroy(nint obj);

    [LibraryImport(Lib)] internal static partial int bf_call_each(int* values, nuint count, delegate* unmanaged[Cdecl]<int, void*, int> callback, void* userData);
    [LibraryImport(Lib)] internal static partial void bf_call_later(delegate* unmanaged[Cdecl]<int, void*, int> callback, void* userData, int value);
    [LibraryImport(Lib)] internal static partial int bf_run_pending();
    [LibraryImport(Lib)] internal static partial int bf_watch(delegate* unmanaged[Cdecl]<int, void*, int> callback, void* userData, delegate* unmanaged[Cdecl]<void*, void> destroy);
    [LibraryImport(Lib)] internal static partial int bf_watch_fire(int value);
    [LibraryImport(Lib)] internal static partial void bf_unwatch();

    [LibraryImport(Lib)] internal static partial int bf_accumulator_init(void* acc, int start);
    [LibraryImport(Lib)] internal static partial int bf_accumulator_add(void* acc, int value);
    [LibraryImport(Lib)] internal static partial void bf_accumulator_end(void* acc);

    [LibraryImport(Lib)] internal static partial int bf_add(int a, int b);
    [LibraryImport(Lib, SetLastError = true)] internal static partial int bf_fail_errno(int err);
    [LibraryImport(Lib)] internal static partial nuint bf_utf8_length(byte* text);
    [LibraryImport(Lib)] internal static partial int bf_length_or_minus_one(byte* text);
    [LibraryImport(Lib)] internal static partial byte* bf_string_duplicate(byte* text);
}
