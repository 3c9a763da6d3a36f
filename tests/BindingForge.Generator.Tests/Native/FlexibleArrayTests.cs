using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// Flexible and zero-length array members and over-aligned records against gcc: C builds structs with trailing
/// elements and C# reads them through the generated accessors (at gcc's offsetof, which may be less than sizeof),
/// C# writes through them and C reads; the aligned allocator of an over-aligned struct gives memory at C's alignment.
/// </summary>
public sealed class FlexibleArrayTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Header = """
        #include <stddef.h>
        struct f_samples { int count; double values[]; };
        struct f_tail { double scale; char tag; char bytes[]; };
        struct f_point { int x; int y; };
        struct f_points { short count; struct f_point points[]; };
        struct f_names { int count; const char *names[]; };
        struct f_packet { int length; char data[0]; };
        struct f_line { _Alignas(64) int value; };

        struct f_samples *f_make_samples(int count);
        double f_sum(const struct f_samples *samples);
        struct f_tail *f_make_tail(int count);
        size_t f_tail_offset(void);
        size_t f_tail_size(void);
        struct f_points *f_make_points(int count);
        long long f_points_sum(const struct f_points *points);
        struct f_names *f_make_names(void);
        struct f_packet *f_make_packet(int length);
        int f_line_check(const struct f_line *lines, int count);
        void f_free(void *memory);
        """;

    private const string Source = """
        #include "flex.h"
        #include <stdint.h>
        #include <stdlib.h>
        struct f_samples *f_make_samples(int n)
        { struct f_samples *s = malloc(sizeof *s + n * sizeof(double)); s->count = n; for (int i = 0; i < n; i++) s->values[i] = i * 1.5; return s; }
        double f_sum(const struct f_samples *s) { double t = 0; for (int i = 0; i < s->count; i++) t += s->values[i]; return t; }
        struct f_tail *f_make_tail(int n)
        { struct f_tail *t = malloc(offsetof(struct f_tail, bytes) + n + 16); t->scale = 2; t->tag = 'T'; for (int i = 0; i < n; i++) t->bytes[i] = 'a' + i; return t; }
        size_t f_tail_offset(void) { return offsetof(struct f_tail, bytes); }
        size_t f_tail_size(void) { return sizeof(struct f_tail); }
        struct f_points *f_make_points(int n)
        { struct f_points *p = malloc(sizeof *p + n * sizeof(struct f_point)); p->count = n; for (int i = 0; i < n; i++) { p->points[i].x = i; p->points[i].y = -10 * i; } return p; }
        long long f_points_sum(const struct f_points *p) { long long t = 0; for (int i = 0; i < p->count; i++) t += p->points[i].x * 1000 + p->points[i].y; return t; }
        struct f_names *f_make_names(void)
        { struct f_names *n = malloc(sizeof *n + 3 * sizeof(char *)); n->count = 3; n->names[0] = "one"; n->names[1] = "two"; n->names[2] = "three"; return n; }
        struct f_packet *f_make_packet(int n)
        { struct f_packet *p = malloc(sizeof *p + n); p->length = n; for (int i = 0; i < n; i++) p->data[i] = (char)(100 + i); return p; }
        int f_line_check(const struct f_line *l, int n)
        { if ((uintptr_t)l % _Alignof(struct f_line)) return -1; int t = 0; for (int i = 0; i < n; i++) t += l[i].value; return t; }
        void f_free(void *m) { free(m); }
        """;

    private const string Driver = """
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;

        namespace Run.Flex;

        public static unsafe class Driver
        {
            public static string CWritesCSharpReads()
            {
                var samples = FlexNative.f_make_samples(4);
                var tail = FlexNative.f_make_tail(5);
                var points = FlexNative.f_make_points(3);
                var names = FlexNative.f_make_names();
                var packet = FlexNative.f_make_packet(3);
                try
                {
                    var values = string.Join(",", samples->values(samples->count).ToArray());
                    var bytes = System.Text.Encoding.ASCII.GetString(tail->bytes(5));
                    var offset = (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetReference(tail->bytes(0))) - (byte*)tail;
                    var pts = string.Join(",", points->points(points->count).ToArray().Select(p => $"{p.x}/{p.y}"));
                    var text = string.Join(",", names->names(names->count).ToArray().Select(n => Marshal.PtrToStringUTF8(n)));
                    var data = string.Join(",", packet->data(packet->length).ToArray());
                    return $"{values}|{bytes}|{offset}:{FlexNative.f_tail_offset()}:{sizeof(f_tail)}:{FlexNative.f_tail_size()}|{pts}|{text}|{data}";
                }
                finally
                {
                    FlexNative.f_free(samples);
                    FlexNative.f_free(tail);
                    FlexNative.f_free(points);
                    FlexNative.f_free(names);
                    FlexNative.f_free(packet);
                }
            }

            public static string CSharpWritesCReads()
            {
                var samples = FlexNative.f_make_samples(3);
                var points = FlexNative.f_make_points(2);
                try
                {
                    samples->values(3)[1] = 100;
                    points->points(2)[1] = new f_point { x = 7, y = 8 };
                    return $"{FlexNative.f_sum(samples)}|{FlexNative.f_points_sum(points)}";
                }
                finally
                {
                    FlexNative.f_free(samples);
                    FlexNative.f_free(points);
                }
            }

            public static string AlignedAllocation()
            {
                var lines = f_line.Allocate(3);
                try
                {
                    var zeroed = lines[0].value == 0 && lines[2].value == 0;
                    lines[0].value = 1;
                    lines[1].value = 20;
                    lines[2].value = 300;
                    return $"{f_line.Alignment}:{(nint)lines % f_line.Alignment}:{zeroed}:{FlexNative.f_line_check(lines, 3)}";
                }
                finally
                {
                    f_line.Free(lines);
                }
            }

            public static string NegativeCount()
            {
                var samples = FlexNative.f_make_samples(1);
                try
                {
                    samples->values(-1);
                    return "no exception";
                }
                catch (ArgumentOutOfRangeException)
                {
                    return "refused";
                }
                finally
                {
                    FlexNative.f_free(samples);
                }
            }
        }
        """;

    [Fact]
    public void Accessors_reach_the_elements_gcc_placed_and_aligned_allocation_meets_Cs_alignment()
    {
        var result = Gcc.Bind(_temp.Path, "flex", "Flex", Header, Source);
        Assert.Equal(
            ["f_samples.values", "f_tail.bytes", "f_points.points", "f_names.names", "f_packet.data"],
            result.Summary.Notes.Select(n => n.Name));
        Assert.All(result.Summary.Notes, n => Assert.Equal(DiagnosticIds.BoundWithCondition, n.DiagnosticId));
        using var assembly = GeneratedBinding.Load(result, "Flex", Driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Flex.FlexNativeLayout", "Verify")!);

        // f_tail: the bytes start at 9 (offsetof), inside the 16 bytes of sizeof.
        Assert.Equal("0,1.5,3,4.5|abcde|9:9:16:16|0/0,1/-10,2/-20|one,two,three|100,101,102",
            assembly.Invoke("Run.Flex.Driver", "CWritesCSharpReads"));
        // 0 + 100 + 3; (0*1000 + 0) + (7*1000 + 8)
        Assert.Equal("103|7008", assembly.Invoke("Run.Flex.Driver", "CSharpWritesCReads"));
        Assert.Equal("64:0:True:321", assembly.Invoke("Run.Flex.Driver", "AlignedAllocation"));
        Assert.Equal("refused", assembly.Invoke("Run.Flex.Driver", "NegativeCount"));
    }

    public void Dispose() => _temp.Dispose();
}
