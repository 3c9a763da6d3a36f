namespace BindingForge.Runtime;

/// <summary>
/// A zero-copy view of native memory a handle lends out until its next invalidating call
/// (<c>borrowed: { until: [...] }</c>, as with <c>sqlite3_column_blob</c>). The view remembers the handle's
/// <see cref="NativeHandle.Generation"/>; reading it after an invalidating call throws
/// <see cref="InvalidOperationException"/> (unless checks are off), and after the handle was disposed throws
/// <see cref="ObjectDisposedException"/>, instead of reading freed memory.
/// </summary>
/// <remarks>
/// Every access re-checks. A <see cref="ReadOnlySpan{T}"/> obtained from <see cref="Span"/> is not checked again:
/// use it immediately, or copy with <see cref="ToArray"/>. The check catches the common bug, a view kept across a
/// later invalidating call (<c>step</c> after <c>column_blob</c>); it cannot make a read safe against an invalidating
/// call running at the same moment on another thread, which the handle's threading rule already forbids.
/// </remarks>
public readonly unsafe ref struct BorrowedSpan<T> where T : unmanaged
{
    private readonly NativeHandle? _owner;
    private readonly T* _pointer;
    private readonly int _length;
    private readonly int _generation;

    /// <summary>Wraps <paramref name="length"/> elements at <paramref name="pointer"/>, lent by <paramref name="owner"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    /// <exception cref="ArgumentException"><paramref name="pointer"/> is null while <paramref name="length"/> is not 0.</exception>
    public BorrowedSpan(NativeHandle owner, T* pointer, int length)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (pointer == null && length != 0)
            throw new ArgumentException("A null pointer can only describe an empty view.", nameof(pointer));
        _owner = owner;
        _pointer = pointer;
        _length = length;
        _generation = owner.Generation;
    }

    /// <summary>The number of elements.</summary>
    public int Length => _length;

    /// <summary>True when the view has no elements.</summary>
    public bool IsEmpty => _length == 0;

    /// <summary>True when the view can still be read: its handle is not disposed and no invalidating call ran.</summary>
    public bool IsValid => _owner is not null && !_owner.IsDisposed && !_owner.IsScopeEnded && !IsStale;

    private bool IsStale => _owner!.Enforcement != ThreadingEnforcement.None && _owner.Generation != _generation;

    /// <summary>The memory, checked now; do not keep the span past the next call on the handle.</summary>
    public ReadOnlySpan<T> Span
    {
        get
        {
            Check();
            return new ReadOnlySpan<T>(_pointer, _length);
        }
    }

    /// <summary>One element, checked.</summary>
    public T this[int index]
    {
        get
        {
            Check();
            if ((uint)index >= (uint)_length)
                throw new ArgumentOutOfRangeException(nameof(index));
            return _pointer[index];
        }
    }

    /// <summary>Copies the memory into a new array (the copying accessor).</summary>
    public T[] ToArray() => Span.ToArray();

    /// <summary>Copies the memory into <paramref name="destination"/>.</summary>
    public void CopyTo(Span<T> destination) => Span.CopyTo(destination);

    private void Check()
    {
        if (_owner is null)
        {
            if (_length == 0)
                return;
            throw new InvalidOperationException("The view is not initialised.");
        }
        if (_owner.IsDisposed)
            throw new ObjectDisposedException(_owner.GetType().Name, "The handle that lent this memory was disposed.");
        if (_owner.IsScopeEnded)
            throw new ObjectDisposedException(_owner.Scope?.GetType().Name, $"The handle that lent this memory, {_owner.GetType().Name}, ended with {_owner.Scope?.GetType().Name}.");
        if (IsStale)
            throw new InvalidOperationException(
                $"This borrowed view of {_owner.GetType().Name} is stale: a call that invalidates borrowed data ran after it was taken.");
    }
}
