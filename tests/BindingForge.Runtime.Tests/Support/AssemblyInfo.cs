// The fixture's counters and the callback registry are process-wide: tests must not overlap.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
