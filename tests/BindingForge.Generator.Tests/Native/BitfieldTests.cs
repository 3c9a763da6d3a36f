using BindingForge.Generator.Tests.Support;

namespace BindingForge.Generator.Tests.Native;

/// <summary>
/// Bitfield accessors and flattened anonymous members agree with gcc: C writes, C# reads through the generated
/// properties, and the other way round.
/// </summary>
public sealed class BitfieldTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private const string Header = """
        struct b_bits {
            unsigned int ready : 1;
            unsigned int mode : 3;
            int level : 4;
            _Bool on : 1;
            unsigned int : 0;
            unsigned int next_word : 7;
            long wide : 40;
        };

        struct b_tight {
            unsigned int low : 3;
            char after;
        };

        struct b_variant {
            int kind;
            union {
                int as_int;
                struct { short lo; short hi; };
            };
        };

        void b_set(struct b_bits *bits, unsigned ready, unsigned mode, int level, _Bool on, unsigned next, long wide);
        long b_sum(const struct b_bits *bits);
        void b_tight_set(struct b_tight *tight, unsigned low, char after);
        int b_tight_low(const struct b_tight *tight);
        int b_variant_hi(const struct b_variant *variant);
        """;

    private const string Source = """
        #include "bits.h"
        void b_set(struct b_bits *b, unsigned ready, unsigned mode, int level, _Bool on, unsigned next, long wide)
        { b->ready = ready; b->mode = mode; b->level = level; b->on = on; b->next_word = next; b->wide = wide; }
        long b_sum(const struct b_bits *b)
        { return b->ready * 1 + b->mode * 10 + b->level * 100 + b->on * 1000 + b->next_word * 10000 + b->wide * 1000000; }
        void b_tight_set(struct b_tight *t, unsigned low, char after) { t->low = low; t->after = after; }
        int b_tight_low(const struct b_tight *t) { return t->low; }
        int b_variant_hi(const struct b_variant *v) { return v->hi; }
        """;

    private const string Driver = """
        namespace Run.Bits;

        public static unsafe class Driver
        {
            public static string CWritesCSharpReads()
            {
                b_bits bits = default;
                BitsNative.b_set(&bits, 1, 5, -3, 1, 99, new System.Runtime.InteropServices.CLong(unchecked((nint)(-12345678901L))));
                b_tight tight = default;
                BitsNative.b_tight_set(&tight, 6, 42);
                return $"{bits.ready}:{bits.mode}:{bits.level}:{bits.on}:{bits.next_word}:{bits.wide}:{tight.low}:{tight.after}";
            }

            public static string CSharpWritesCReads()
            {
                var bits = new b_bits { ready = 1, mode = 7, level = -8, on = true, next_word = 127, wide = 3 };
                bits.mode = 2; // overwrite one field: the neighbours must keep their bits
                var tight = new b_tight { after = 9 };
                tight.low = 7;
                var variant = new b_variant { kind = 1, lo = 11, hi = -2 };
                return $"{BitsNative.b_sum(&bits).Value}:{BitsNative.b_tight_low(&tight)}:{tight.after}:{BitsNative.b_variant_hi(&variant)}:{variant.as_int == (11 | (-2 << 16))}";
            }
        }
        """;

    [Fact]
    public void Accessors_read_what_gcc_wrote_and_gcc_reads_what_they_wrote()
    {
        var result = Gcc.Bind(_temp.Path, "bits", "Bits", Header, Source);
        using var assembly = GeneratedBinding.Load(result, "Bits", Driver);
        Assert.Empty((IReadOnlyList<string>)assembly.Invoke("Run.Bits.BitsNativeLayout", "Verify")!);
        Assert.Equal("1:5:-3:True:99:-12345678901:6:42", assembly.Invoke("Run.Bits.Driver", "CWritesCSharpReads"));
        // 1 + 2*10 + (-8)*100 + 1000 + 127*10000 + 3*1000000
        Assert.Equal("4270221:7:9:-2:True", assembly.Invoke("Run.Bits.Driver", "CSharpWritesCReads"));
    }

    public void Dispose() => _temp.Dispose();
}
