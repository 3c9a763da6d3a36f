using System.Runtime.CompilerServices;

namespace BindingForge.Runtime;

public abstract partial class NativeHandle
{
    /// <summary>The <see cref="_rwState"/> of a readers-writer handle a writer holds.</summary>
    private const int Writing = -1;

    /// <summary>A readers-writer handle's word: the number of readers inside, or <see cref="Writing"/>.</summary>
    private int _rwState;

    /// <summary>
    /// <see cref="Enter"/> for a call the contract marks <c>access: read</c> on a class generated with
    /// <c>threading: readers-writer</c> and <c>check</c> or <c>lock</c>: any number of such calls run at once; while a
    /// writer is inside, check mode throws <see cref="InvalidOperationException"/> and lock mode waits. Uncontended it
    /// is one read and one compare-exchange in, one interlocked decrement out; no thread identity is read.
    /// </summary>
    /// <remarks>
    /// A read call made from a callback of the writer's own call (re-entry on the writer's thread) runs as part of
    /// that write. Readers do not wait for a waiting writer (no writer preference), so a read call that calls back
    /// into a read call never deadlocks; a steady overlap of readers can delay a writer in lock mode. A read call
    /// must not call back into a writing call on the same handle: check mode throws, lock mode would wait for itself.
    /// Readers and writers rule out a concurrent Dispose (it takes the word as a writer), so neither takes
    /// SafeHandle's per-call reference count.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HandleLease EnterReader()
    {
        if (_releaseQueue is not null)
            DrainOnUse();
        if (_guard is GuardKind.ReadersWriterCheck or GuardKind.ReadersWriterLock && ContentionGate.TryShare(ref _rwState))
        {
            if (Usable)
                return new HandleLease(this, handle, GuardKind.Reader);
            LeaveReader();
        }
        return EnterReaderSlow();
    }

    /// <summary>
    /// <see cref="Enter"/> for every other call on a <c>readers-writer</c> class (check or lock): the call runs alone.
    /// A writer beside readers or another writer throws in check mode and waits in lock mode; re-entry from a
    /// callback on the writer's thread is allowed. One compare-exchange in and a store out, uncontended.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HandleLease EnterWriter()
    {
        if (_releaseQueue is not null)
            DrainOnUse();
        int me = CurrentThread.Id;
        if (_guard is not (GuardKind.ReadersWriterCheck or GuardKind.ReadersWriterLock) || Interlocked.CompareExchange(ref _rwState, Writing, 0) != 0)
            EnterWriterSlow(me);
        else
            _busyThread = me;
        _depth++;
        if (!Usable)
        {
            LeaveWriter();
            ThrowUnusable();
        }
        return new HandleLease(this, handle, GuardKind.Writer);
    }

    /// <summary>Ends a read call; the last reader out wakes a waiting writer (lock mode).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void LeaveReader()
    {
        if (Interlocked.Decrement(ref _rwState) == 0 && _gate is { } gate)
            gate.Wake();
    }

    /// <summary>Ends a write call (the outermost, when re-entered), waking the waiters in lock mode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void LeaveWriter()
    {
        if (--_depth != 0)
            return;
        _busyThread = 0;
        if (_gate is { } gate)
            gate.Release(ref _rwState);
        else
            Volatile.Write(ref _rwState, 0);
    }

    /// <summary>True when the calling thread is the writer inside this readers-writer handle.</summary>
    private bool WriterIsCurrentThread(int me) => Volatile.Read(ref _rwState) == Writing && Volatile.Read(ref _busyThread) == me;

    /// <summary>The reader entry's rare cases: a guard mismatch, a disposed handle, a writer inside, a racing reader.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private HandleLease EnterReaderSlow()
    {
        if (_guard is not (GuardKind.ReadersWriterCheck or GuardKind.ReadersWriterLock))
            EnterFailed(GuardKind.ReadersWriterCheck);
        if (!Usable)
            ThrowUnusable();
        int me = CurrentThread.Id;
        while (!ContentionGate.TryShare(ref _rwState))
        {
            if (WriterIsCurrentThread(me))
            {
                // A callback of this thread's own write: part of that call.
                _depth++;
                return new HandleLease(this, handle, GuardKind.Writer);
            }
            if (Volatile.Read(ref _rwState) != Writing)
                continue; // another reader changed the count first
            if (_guard == GuardKind.ReadersWriterCheck)
                ThrowWriterInside(me, reading: true);
            _gate!.AcquireShared(ref _rwState);
            break;
        }
        if (!Usable)
        {
            LeaveReader();
            ThrowUnusable();
        }
        return new HandleLease(this, handle, GuardKind.Reader);
    }

    /// <summary>The writer entry's rare cases: a guard mismatch, re-entry, readers or another writer inside.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void EnterWriterSlow(int me)
    {
        if (_guard is not (GuardKind.ReadersWriterCheck or GuardKind.ReadersWriterLock))
            EnterFailed(GuardKind.ReadersWriterCheck);
        if (WriterIsCurrentThread(me))
            return; // re-entry from a callback of this thread's write; the depth counter tracks it
        if (_guard == GuardKind.ReadersWriterCheck)
            ThrowWriterInside(me, reading: false);
        _gate!.Acquire(ref _rwState, Writing);
        _busyThread = me;
    }

    /// <summary>Takes the word as a writer for Dispose: refuses while a call is inside (check) or waits for it (lock).</summary>
    private void AcquireReadersWriterForDispose(int me)
    {
        if (Interlocked.CompareExchange(ref _rwState, Writing, 0) == 0)
        {
            _busyThread = me;
            return;
        }
        if (WriterIsCurrentThread(me))
            ThrowDisposeDuringCall();
        if (_guard == GuardKind.ReadersWriterCheck)
            ThrowWriterInside(me, reading: false);
        _gate!.Acquire(ref _rwState, Writing);
        _busyThread = me;
    }

    /// <summary>Frees the word Dispose took.</summary>
    private void ReleaseReadersWriterAfterDispose()
    {
        _busyThread = 0;
        if (_gate is { } gate)
            gate.Release(ref _rwState);
        else
            Volatile.Write(ref _rwState, 0);
    }

    private void ThrowWriterInside(int me, bool reading)
    {
        int state = Volatile.Read(ref _rwState);
        string inside = state == Writing ? $"a writing call (thread {Volatile.Read(ref _busyThread)}) was inside it" : $"{state} reading call(s) were inside it";
        throw new InvalidOperationException(
            $"{GetType().Name} is readers-writer: thread {me} tried to {(reading ? "read" : "change")} it while {inside}. " +
            "Reading calls may overlap each other, a changing call runs alone; synchronise the callers, or generate with --threading-checks lock.");
    }
}
